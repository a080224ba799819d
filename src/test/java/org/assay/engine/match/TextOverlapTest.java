package org.assay.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextOverlapTest {

    private static final String SOURCE = "A discriminative model learns to tell classes apart: it estimates the"
            + " probability of a label given the input, which amounts to learning the decision boundary between the"
            + " classes.";

    @Test
    void aPastedTextWithChangedCaseAndPunctuationIsACopyAndItsSpansPointAtBothTexts() {
        String answer = "Well - a DISCRIMINATIVE model learns to tell classes apart; it estimates the probability of a"
                + " label given the input which amounts to learning the decision boundary between the classes";

        var overlap = TextOverlap.of(answer, SOURCE);

        assertThat(overlap.copied()).isTrue();
        assertThat(overlap.share()).isGreaterThan(0.9);
        assertThat(overlap.inText()).isNotEmpty();
        var first = overlap.inText().get(0);
        assertThat(answer.substring(first.start(), first.end())).startsWith("a DISCRIMINATIVE model");
        var inSource = overlap.inSource().get(0);
        assertThat(SOURCE.substring(inSource.start(), inSource.end())).startsWith("A discriminative model");
    }

    @Test
    void oneComparisonTellsWhetherEitherTextReproducesTheOther() {
        String longer = "In short: " + SOURCE + " Naive Bayes is the classic generative classifier, by contrast.";

        var overlap = TextOverlap.of(longer, SOURCE);

        assertThat(overlap.copied()).isTrue();
        assertThat(overlap.sourceCopied()).isTrue();
        assertThat(overlap.sourceShare()).isEqualTo(1.0);
        assertThat(overlap.reversed()).isEqualTo(TextOverlap.of(SOURCE, longer));
    }

    @Test
    void anAnswerInItsOwnWordsThatSharesVocabularyIsNotACopy() {
        String answer = "The discriminative kind only separates the classes: given an input it predicts the label,"
                + " so it learns a boundary and nothing about how inputs themselves are distributed.";

        var overlap = TextOverlap.of(answer, SOURCE);

        assertThat(overlap.copied()).isFalse();
        assertThat(overlap.share()).isLessThan(0.2);
    }

    @Test
    void aShortSharedPhraseIsNotEnoughToCallTwoShortAnswersCopies() {
        var overlap = TextOverlap.of("It learns the decision boundary between the classes.", SOURCE);

        assertThat(overlap.share()).isGreaterThan(0.5);
        assertThat(overlap.copied()).isFalse();
    }

    @Test
    void emptyNullAndSymbolOnlyTextsShareNothing() {
        assertThat(TextOverlap.of(null, SOURCE).share()).isZero();
        assertThat(TextOverlap.of(SOURCE, null).share()).isZero();
        assertThat(TextOverlap.of("-- ** ::", "-- ** ::").copied()).isFalse();
    }
}
