package org.assay.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells which language an answer is written in, with Apache OpenNLP's language detector (103 languages, ISO 639-3
 * codes), read once from its model jar on the classpath. Short texts are unreliable, so a language is named only for
 * a text of at least {@value #MIN_WORDS} words and {@value #MIN_LETTERS} letters whose most likely language is at
 * least {@value #MARGIN} times as likely as the expected one. The detector costs about as much as the rest of the
 * analysis, so English prose, where at least {@value #ENGLISH_FUNCTION_SHARE} of the words are English function words,
 * skips it. Thread-safe: the model is shared and each call gets its own decoder.
 */
public final class LanguageIdentifier {

    /** The language the rubrics are written in. */
    public static final String ENGLISH = "eng";
    /** Fewest words a text needs before its language is judged. */
    public static final int MIN_WORDS = 8;
    /** Fewest letters a text needs before its language is judged. */
    public static final int MIN_LETTERS = 40;
    /** How many times likelier than the expected language another one must be. */
    public static final double MARGIN = 2.0;
    /** Share of English function words above which a text is taken for English without running the detector. */
    public static final double ENGLISH_FUNCTION_SHARE = 0.3;

    private static final String MODEL = "/langdetect-183.bin";
    private static final Map<String, String> NAMES = names();

    private final LanguageDetectorModel model;

    private LanguageIdentifier(LanguageDetectorModel model) {
        this.model = model;
    }

    /**
     * Loads the model from the classpath.
     *
     * @throws UncheckedIOException if the model jar is missing or unreadable
     */
    public static LanguageIdentifier load() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IOException("Model not on the classpath: " + MODEL);
            }
            return new LanguageIdentifier(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the language detection model", e);
        }
    }

    /**
     * A language clearly other than the expected one, or empty when the text is in that language, too short to
     * tell, or too close to call.
     *
     * @param text the answer as typed
     * @param expected the ISO 639-3 code of the language the text should be in
     */
    public Optional<DetectedLanguage> otherThan(String text, String expected) {
        if (text == null || !longEnough(text) || ENGLISH.equals(expected) && plainlyEnglish(text)) {
            return Optional.empty();
        }
        Language[] ranked = new LanguageDetectorME(model).predictLanguages(text);
        if (ranked.length == 0 || ranked[0].getLang().equals(expected)) {
            return Optional.empty();
        }
        double expectedConfidence = 0;
        for (Language l : ranked) {
            if (l.getLang().equals(expected)) {
                expectedConfidence = l.getConfidence();
            }
        }
        Language top = ranked[0];
        if (top.getConfidence() < MARGIN * expectedConfidence) {
            return Optional.empty();
        }
        return Optional.of(new DetectedLanguage(top.getLang(), name(top.getLang()), top.getConfidence()));
    }

    private static boolean plainlyEnglish(String text) {
        int words = 0;
        int function = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (!w.isEmpty()) {
                words++;
                function += StopWords.contains(w) ? 1 : 0;
            }
        }
        return function >= ENGLISH_FUNCTION_SHARE * words;
    }

    private static boolean longEnough(String text) {
        int letters = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetter(text.charAt(i));
            letters += letter ? 1 : 0;
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words >= MIN_WORDS && letters >= MIN_LETTERS;
    }

    /** The English name of a language, by its ISO 639-3 code; the code itself when Java does not know it. */
    static String name(String code) {
        String name = NAMES.get(code);
        return name != null ? name : code;
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(two);
            try {
                names.put(locale.getISO3Language(), locale.getDisplayLanguage(Locale.ENGLISH));
            } catch (java.util.MissingResourceException e) {
                // a language without a three-letter code keeps its code as its name
            }
        }
        return Map.copyOf(names);
    }

    /**
     * A detected language.
     *
     * @param code ISO 639-3 code, such as {@code deu}
     * @param name English name, such as German
     * @param confidence the detector's probability for it
     */
    public record DetectedLanguage(String code, String name, double confidence) {
    }
}
