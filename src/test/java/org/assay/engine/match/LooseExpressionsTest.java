package org.assay.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.engine.EngineFixtures;
import org.assay.engine.match.LooseExpression.Reason;
import org.junit.jupiter.api.Test;

class LooseExpressionsTest {

    /** Word counts standing in for a dictionary's: "word", "time", "pay" and "answer" common, the rest not. */
    private static final Lexicon COUNTS = new Lexicon() {
        private final Map<String, Integer> counts = Map.of("word", 149, "time", 603, "pay", 211, "answer", 148,
                "next", 132, "model", 48, "token", 2);

        @Override
        public Set<String> synonyms(String lemma, String tag) {
            return Set.of();
        }

        @Override
        public boolean isWord(String lower) {
            return counts.containsKey(lower);
        }

        @Override
        public int frequency(String lemma) {
            return counts.getOrDefault(lemma, 0);
        }
    };

    private final LooseExpressions counted = new LooseExpressions(EngineFixtures.analyzer(), COUNTS);
    private final LooseExpressions wordnet = new LooseExpressions(EngineFixtures.analyzer(), EngineFixtures.wordnet());

    @Test
    void aPhraseOfStopWordsAndCommonWordsIsGeneric() {
        assertThat(counted.check("one word at a time")).get().satisfies(loose -> {
            assertThat(loose.reason()).isEqualTo(Reason.GENERIC_PHRASE);
            assertThat(loose.words()).containsExactly("word", "time");
            assertThat(loose.explanation()).contains("word, time");
        });
    }

    @Test
    void aSingleCommonWordInAnyFormIsLoose() {
        assertThat(counted.check("pays")).get().extracting(LooseExpression::reason).isEqualTo(Reason.COMMON_WORD);
        assertThat(counted.check("it pays")).get().extracting(LooseExpression::words).isEqualTo(List.of("pay"));
    }

    @Test
    void oneUncommonWordMakesAnExpressionSpecific() {
        assertThat(counted.check("next token")).isEmpty();
        assertThat(counted.check("softmax")).isEmpty();
        assertThat(counted.check("\"one model at a time\"")).isEmpty();
    }

    @Test
    void commonMeansFrequentInWordNetsSenseTaggedCorpus() {
        assertThat(wordnet.check("one word at a time")).isPresent();
        assertThat(wordnet.check("pay")).get().extracting(LooseExpression::reason).isEqualTo(Reason.COMMON_WORD);
        assertThat(wordnet.check("scaled dot product")).isEmpty();
        assertThat(wordnet.check("long range dependencies")).isEmpty();
    }

    @Test
    void withoutFrequenciesOnlyStopWordPhrasesAreLoose() {
        var plain = new LooseExpressions(EngineFixtures.analyzer(), Lexicon.NONE);

        assertThat(plain.check("one word at a time")).isEmpty();
        assertThat(plain.check("all of them")).get().extracting(LooseExpression::words).isEqualTo(List.of());
    }

    @Test
    void tighterPhrasesComeFromHighScoredAnswersAndNotFromLowScoredOnes() {
        var loose = counted.check("one word at a time").orElseThrow();
        var high = List.of("It predicts the next word from a probability distribution over the vocabulary.",
                "The model samples the next word from a probability distribution, then repeats.",
                "It writes the answer word by word.");
        var low = List.of("It writes the answer word by word, all at once.");

        var tighter = counted.tighter(loose, high, low);

        assertThat(tighter).first().isEqualTo("next word probability");
        assertThat(tighter).noneMatch(phrase -> phrase.contains("answer word"));
        assertThat(counted.tighter(loose, List.of(), low)).isEmpty();
    }
}
