package org.assay.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds an {@link AnalyzedText} from a tokenizer's output, sentence by sentence: maps offsets back to the original,
 * fills in lower case, stop words, clauses and negation scopes. One instance per analysis; not thread-safe.
 */
public final class TextAssembler {

    private static final NegationDetector NEGATION = new NegationDetector();
    private static final String[] REGULAR_ENDINGS = {"s", "es", "ed", "d", "ing", "er", "est", "ers"};
    private static final int MAX_REGULAR_SUFFIX = 3;
    private static final ClauseSplitter CLAUSES = new ClauseSplitter();
    private static final StanceDetector STANCE = new StanceDetector(StanceRules.standard());

    private final NormalizedText normalized;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<StanceDetector.Words> words = new ArrayList<>();
    private int nextClause;

    public TextAssembler(NormalizedText normalized) {
        this.normalized = normalized;
    }

    /**
     * Adds one sentence.
     *
     * @param starts start of each token in the normalised text
     * @param ends end of each token in the normalised text
     * @param tags part-of-speech tags; a combined tag such as "AUX+PART" keeps its first part
     * @param lemmas lemmas; a missing lemma falls back to the lower-case token
     */
    public void addSentence(int[] starts, int[] ends, String[] tags, String[] lemmas) {
        int n = starts.length;
        if (n == 0) {
            return;
        }
        String[] text = new String[n];
        String[] lower = new String[n];
        String[] lemma = new String[n];
        String[] tag = new String[n];
        for (int i = 0; i < n; i++) {
            text[i] = normalized.text().substring(starts[i], ends[i]);
            lower[i] = text[i].toLowerCase(Locale.ROOT);
            lemma[i] = cleanLemma(lemmas[i], lower[i]);
            tag[i] = primaryTag(tags[i]);
        }
        String[] shape = dashes(lower, starts, ends);
        boolean[] cue = new boolean[n];
        boolean[] negated = new boolean[n];
        NEGATION.mark(shape, lemma, tag, cue, negated);
        words.add(new StanceDetector.Words(shape, lemma, tag));
        int[] clause = new int[n];
        nextClause = CLAUSES.split(lower, tag, nextClause, clause);
        int first = tokens.size();
        int sentence = sentences.size();
        for (int i = 0; i < n; i++) {
            tokens.add(new Token(first + i, text[i], lower[i], lemma[i], tag[i],
                    normalized.originalStart(starts[i]), normalized.originalEnd(ends[i]), sentence, clause[i],
                    StopWords.contains(lower[i]), cue[i], negated[i], Stance.ASSERTED));
        }
        sentences.add(new Sentence(sentence, tokens.get(first).start(), tokens.get(first + n - 1).end(), first,
                first + n));
    }

    /** The finished analysis, with each token's stance. */
    public AnalyzedText build() {
        Stance[][] stances = STANCE.mark(words);
        List<Token> marked = new ArrayList<>(tokens.size());
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                Stance stance = stances[s][i - sentence.firstToken()];
                marked.add(stance == Stance.ASSERTED ? tokens.get(i) : tokens.get(i).withStance(stance));
            }
        }
        return new AnalyzedText(normalized.original(), sentences, marked);
    }

    /**
     * The lower-case tokens with a hyphen that has spaces on both sides written as a dash: "X - Y" separates
     * clauses as "X — Y" does, while the hyphen of "non-English" joins words.
     */
    private String[] dashes(String[] lower, int[] starts, int[] ends) {
        String[] shape = lower.clone();
        String text = normalized.text();
        for (int i = 0; i < shape.length; i++) {
            if ("-".equals(shape[i]) && starts[i] > 0 && ends[i] < text.length()
                    && Character.isWhitespace(text.charAt(starts[i] - 1))
                    && Character.isWhitespace(text.charAt(ends[i]))) {
                shape[i] = "—";
            }
        }
        return shape;
    }

    private static String cleanLemma(String lemma, String lower) {
        if (lemma == null || lemma.isEmpty() || "O".equals(lemma) || "_".equals(lemma)) {
            return lower;
        }
        String l = lemma.toLowerCase(Locale.ROOT);
        boolean suspicious = lower.length() - l.length() >= MAX_REGULAR_SUFFIX && lower.startsWith(l)
                && !isRegularInflection(lower, l);
        return suspicious ? plainStem(lower) : l;
    }

    /** "stopped" from "stop", "tries" from "try", "makes" from "make": a lemma plus a regular ending. */
    private static boolean isRegularInflection(String word, String lemma) {
        for (String ending : REGULAR_ENDINGS) {
            if (word.equals(lemma + ending) || lemma.endsWith("e") && word.equals(lemma.substring(0,
                    lemma.length() - 1) + ending) || lemma.endsWith("y") && word.equals(lemma.substring(0,
                    lemma.length() - 1) + "i" + ending) || word.equals(lemma + lemma.charAt(lemma.length() - 1)
                    + ending)) {
                return true;
            }
        }
        return false;
    }

    /** The model guessed a lemma that is not a regular form of the word ("avoids" as "avo"): strip a plural s. */
    private static String plainStem(String lower) {
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    private static String primaryTag(String tag) {
        int plus = tag.indexOf('+');
        return plus > 0 ? tag.substring(0, plus) : tag;
    }
}
