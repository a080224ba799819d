package org.assay.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assay.engine.EngineFixtures;
import org.junit.jupiter.api.Test;

class NegationDetectorTest {

    private static final TextAnalyzer ANALYZER = EngineFixtures.analyzer();

    @Test
    void scopeRunsToTheNextPunctuation() {
        assertThat(negated("Attention isn't linear, it is quadratic.")).containsExactly("linear");
    }

    @Test
    void scopeStopsAtBut() {
        assertThat(negated("It does not learn the boundary but the distribution.")).containsExactly("learn",
                "the", "boundary");
    }

    @Test
    void contractionsNegateWhatFollows() {
        assertThat(negated("RLHF doesn't need labels.")).containsExactly("need", "labels");
        assertThat(negated("You can't skip the tokenizer.")).containsExactly("skip", "the", "tokenizer");
        assertThat(negated("It won't fit.")).containsExactly("fit");
    }

    @Test
    void coveresOtherNegationWords() {
        assertThat(negated("It works without labels.")).containsExactly("labels");
        assertThat(negated("It never forgets.")).containsExactly("forgets");
        assertThat(negated("It samples rather than classifies.")).containsExactly("classifies");
        assertThat(negated("It generates instead of classifying.")).containsExactly("classifying");
        assertThat(negated("Neither labels nor rewards are used.")).contains("labels", "rewards");
        assertThat(negated("It is false that attention is linear.")).contains("attention", "linear");
        assertThat(negated("It avoids making copies.")).containsExactly("making", "copies");
    }

    @Test
    void scopeEndsAtADashOrAHyphenWithSpacesAround() {
        assertThat(negated("That isn't right - attention is quadratic.")).containsExactly("right");
        assertThat(negated("That isn't right — attention is quadratic.")).containsExactly("right");
        assertThat(negated("It is not non-English text.")).contains("non", "English");
    }

    @Test
    void claimCalledFalseIsNegatedBackwards() {
        assertThat(negated("The claim that attention is linear is false.")).contains("attention", "linear");
    }

    @Test
    void negationWithNothingAfterItDeniesTheNounBefore() {
        assertThat(negated("The layers grow linearly, but attention doesn't.")).containsExactly("attention");
    }

    @Test
    void aNegationInsideAConditionStatesTheCaseRatherThanDenyingIt() {
        assertThat(negated("When no constructor is provided, the compiler adds one.")).isEmpty();
        assertThat(negated("If you don't cache the keys, decoding is slow.")).isEmpty();
        assertThat(negated("When it crashes and doesn't restart, call support.")).isEmpty();
        assertThat(negated("The compiler adds one; it does not check types.")).containsExactly("check", "types");
    }

    @Test
    void notOnlyIsNotANegation() {
        assertThat(negated("It not only classifies but also generates.")).isEmpty();
        assertThat(negated("It doesn't just classify.")).isEmpty();
    }

    @Test
    void aNewPredicateEndsTheScopeButCoordinatedVerbsShareIt() {
        assertThat(negated("It doesn't need labels and is trained with rewards.")).containsExactly("need",
                "labels");
        assertThat(negated("You never need to chunk or summarise documents.")).contains("chunk", "summarise",
                "documents");
    }

    @Test
    void aDenialOfUseIsFoundPastTheRestOfItsSubject() {
        assertThat(deniesUse("Retrieval or web search cannot help with the cutoff.", "Retrieval")).isTrue();
        assertThat(deniesUse("Retrieval or tool use don't help with the cutoff.", "Retrieval")).isTrue();
        assertThat(deniesUse("Sparse attention and Mamba have nothing to do with the cost.", "Sparse")).isTrue();
        assertThat(deniesUse("Retrieval doesn't need any retraining.", "Retrieval")).isFalse();
        assertThat(deniesUse("Retrieval helps, but chunking doesn't work.", "Retrieval")).isFalse();
    }

    @Test
    void aSubjectSaidToHaveNoEffectIsDenied() {
        assertThat(deniesUse("Retrieval, web search tools or pasting documents into the prompt have no effect.",
                "Retrieval")).isTrue();
        assertThat(deniesUse("Re-ranking chunks or moving the key passage to the start does not help.", "chunks"))
                .isTrue();
        assertThat(deniesUse("Retrieval is useless here.", "Retrieval")).isTrue();
        assertThat(deniesUse("RAG, tool use and injecting recent context into the prompt don't help with it.",
                "RAG")).isTrue();
        assertThat(deniesUse("Re-ranking chunks to put the best ones at the start doesn't help at all.", "chunks"))
                .isTrue();
        assertThat(deniesUse("Linear or sparse attention and Mamba aren't really helpful.", "Mamba")).isTrue();
        assertThat(deniesUse("The first dimension is not required.", "dimension")).isFalse();
        assertThat(deniesUse("Retrieval has a large effect.", "Retrieval")).isFalse();
        assertThat(deniesUse("Retrieval works by pasting documents into the prompt.", "Retrieval")).isFalse();
    }

    @Test
    void aNegationCoversAListJoinedByCommas() {
        assertThat(negated("DPO is not simpler, cheaper or more stable than RLHF.")).containsExactly("simpler", ",",
                "cheaper", "or", "more", "stable", "than", "RLHF");
        assertThat(negated("It does not need labels, it needs pairs.")).containsExactly("need", "labels");
    }

    @Test
    void aNegatedRemovalIsFoundBeforeWhatItKeeps() {
        assertThat(negatesARemoval("DPO does not remove the reward model.", "reward")).isTrue();
        assertThat(negatesARemoval("The cutoff doesn't limit what the model knows.", "knows")).isTrue();
        assertThat(negatesARemoval("DPO does not get rid of the reward model.", "reward")).isTrue();
        assertThat(negatesARemoval("DPO does not train a reward model.", "reward")).isFalse();
    }

    private static boolean negatesARemoval(String sentence, String word) {
        List<Token> tokens = ANALYZER.analyze(sentence).tokens();
        return Denials.standard().negatesARemoval(tokens, indexOf(tokens, word));
    }

    private static boolean deniesUse(String sentence, String subject) {
        List<Token> tokens = ANALYZER.analyze(sentence).tokens();
        int scope = Denials.standard().denialAfterSubject(tokens, indexOf(tokens, subject));
        return scope >= 0 && Denials.standard().deniesUse(tokens, scope);
    }

    private static int indexOf(List<Token> tokens, String word) {
        return tokens.stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().index();
    }

    private static List<String> negated(String sentence) {
        return ANALYZER.analyze(sentence).tokens().stream().filter(Token::negated).map(Token::text).toList();
    }
}
