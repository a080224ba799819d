package org.assay.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.assay.engine.rubric.EditDistance;
import org.junit.jupiter.api.Test;

class SpellingToleranceTest {

    @Test
    void wordsShorterThanFiveLettersMustBeExact() {
        assertThat(SpellingTolerance.isMisspelling("loss", "lost")).isFalse();
        assertThat(SpellingTolerance.isMisspelling("model", "modl")).isFalse();
        assertThat(SpellingTolerance.maxEdits(4, 4)).isZero();
    }

    @Test
    void wordsOfFiveToEightLettersAllowOneEdit() {
        assertThat(SpellingTolerance.isMisspelling("forward", "foward")).isTrue();
        assertThat(SpellingTolerance.isMisspelling("reward", "rewrad")).isTrue();
        assertThat(SpellingTolerance.isMisspelling("reward", "rwerad")).isFalse();
    }

    @Test
    void longerWordsAllowTwoEdits() {
        assertThat(SpellingTolerance.isMisspelling("tokenization", "tokenizaton")).isTrue();
        assertThat(SpellingTolerance.isMisspelling("tokenization", "toknizaton")).isTrue();
        assertThat(SpellingTolerance.isMisspelling("tokenization", "tknizatin")).isFalse();
    }

    @Test
    void swappedNeighboursCountAsOneEdit() {
        assertThat(EditDistance.distance("attention", "attnetion", 2)).isEqualTo(1);
    }

    @Test
    void identicalWordsAreNotMisspellings() {
        assertThat(SpellingTolerance.isMisspelling("softmax", "softmax")).isFalse();
    }
}
