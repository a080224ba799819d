package org.assay.engine.match;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extJWNL, read from its data jar on the classpath), used conservatively because WordNet's synonym sets
 * are broad: a word's synonyms are the single words of its most common sense only, and only those for which that
 * sense is also among their own two most common senses ("big" gives "large"; "learn" does not give "acquire").
 * A word's frequency is the number of times its senses were tagged in WordNet's sense-tagged corpus (SemCor), summed
 * over parts of speech. Look-ups are cached. Thread-safe.
 */
public final class WordNetLexicon implements Lexicon {

    private static final int CACHE_LIMIT = 50_000;
    private static final int SYNONYM_SENSES = 2;

    private final Dictionary dictionary;
    private final Map<String, Set<String>> synonymCache = new ConcurrentHashMap<>();
    private final Map<String, Boolean> wordCache = new ConcurrentHashMap<>();
    private final Map<String, Integer> frequencyCache = new ConcurrentHashMap<>();

    private WordNetLexicon(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Loads WordNet from the classpath.
     *
     * @throws IllegalStateException if the WordNet data cannot be read
     */
    public static WordNetLexicon load() {
        try {
            return new WordNetLexicon(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException e) {
            throw new IllegalStateException("Cannot read WordNet from the classpath", e);
        }
    }

    @Override
    public Set<String> synonyms(String lemma, String tag) {
        POS pos = pos(tag);
        if (pos == null || lemma.isEmpty()) {
            return Set.of();
        }
        return cached(synonymCache, pos.getKey() + lemma, () -> lookUpSynonyms(lemma, pos));
    }

    @Override
    public boolean isWord(String lower) {
        return cached(wordCache, lower, () -> lookUpWord(lower));
    }

    @Override
    public int frequency(String lemma) {
        return lemma.isEmpty() ? 0 : cached(frequencyCache, lemma, () -> lookUpFrequency(lemma));
    }

    private static <T> T cached(Map<String, T> cache, String key, java.util.function.Supplier<T> lookUp) {
        T value = cache.get(key);
        if (value == null) {
            value = lookUp.get();
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, value);
        }
        return value;
    }

    private synchronized Set<String> lookUpSynonyms(String lemma, POS pos) {
        try {
            IndexWord word = dictionary.getIndexWord(pos, lemma);
            if (word == null || word.getSenses().isEmpty()) {
                return Set.of();
            }
            Synset first = word.getSenses().get(0);
            Set<String> result = new TreeSet<>();
            for (Word w : first.getWords()) {
                String candidate = w.getLemma().toLowerCase(Locale.ROOT);
                if (!candidate.equals(lemma) && candidate.indexOf(' ') < 0 && isMainSense(candidate, pos, first)) {
                    result.add(candidate);
                }
            }
            return Set.copyOf(result);
        } catch (JWNLException e) {
            return Set.of();
        }
    }

    private boolean isMainSense(String candidate, POS pos, Synset synset) throws JWNLException {
        IndexWord word = dictionary.getIndexWord(pos, candidate);
        if (word == null) {
            return false;
        }
        List<Synset> senses = word.getSenses();
        return senses.subList(0, Math.min(SYNONYM_SENSES, senses.size())).contains(synset);
    }

    private synchronized int lookUpFrequency(String lemma) {
        int count = 0;
        try {
            for (POS pos : POS.getAllPOS()) {
                IndexWord word = dictionary.getIndexWord(pos, lemma);
                if (word == null) {
                    continue;
                }
                for (Synset sense : word.getSenses()) {
                    for (Word w : sense.getWords()) {
                        count += w.getLemma().equalsIgnoreCase(word.getLemma()) ? w.getUseCount() : 0;
                    }
                }
            }
        } catch (JWNLException e) {
            return 0;
        }
        return count;
    }

    private synchronized boolean lookUpWord(String lower) {
        try {
            return dictionary.lookupAllIndexWords(lower).size() > 0;
        } catch (JWNLException e) {
            return false;
        }
    }

    private static POS pos(String tag) {
        return switch (tag) {
            case "NOUN", "PROPN" -> POS.NOUN;
            case "VERB" -> POS.VERB;
            case "ADJ" -> POS.ADJECTIVE;
            case "ADV" -> POS.ADVERB;
            default -> null;
        };
    }
}
