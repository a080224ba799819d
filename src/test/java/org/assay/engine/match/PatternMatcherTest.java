package org.assay.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assay.engine.EngineFixtures;
import org.assay.engine.score.MatchKind;
import org.assay.engine.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class PatternMatcherTest {

    private static final TextAnalyzer ANALYZER = EngineFixtures.analyzer();
    private static final Map<String, List<String>> SYNONYMS = Map.of(
            "llm", List.of("large language model"),
            "ffn", List.of("feed forward network"));

    private final PatternMatcher matcher = new PatternMatcher();

    @Test
    void matchesTheSameWordsExactly() {
        assertThat(find("weighted sum of values", "The output is a weighted sum of values.")).get()
                .extracting(PatternMatch::kind).isEqualTo(MatchKind.EXACT);
    }

    @Test
    void matchesOtherFormsOfTheWordsByLemmaInAnyOrder() {
        Optional<PatternMatch> match = find("weighted sum of values", "It sums the values, weighted by the scores.");

        assertThat(match).get().extracting(PatternMatch::kind).isEqualTo(MatchKind.LEMMA);
    }

    @Test
    void matchesRubricSynonymsBothWays() {
        assertThat(find("an llm predicts tokens", "A large language model predicts the next tokens.")).get()
                .extracting(PatternMatch::kind).isEqualTo(MatchKind.SYNONYM);
        assertThat(find("large language model", "Every LLM works this way.")).get()
                .extracting(PatternMatch::kind).isEqualTo(MatchKind.SYNONYM);
    }

    @Test
    void matchesAMultiWordSynonymThatFillsTheWholeExpression() {
        assertThat(find("feed forward network", "Each block has an ffn.")).isPresent();
        assertThat(find("ffn", "Each block has a feed foward network.")).isPresent();
    }

    @Test
    void matchesWordNetSynonymsOfTheSamePartOfSpeechOnly() {
        assertThat(find("big model", "It is a large model.")).get().extracting(PatternMatch::kind)
                .isEqualTo(MatchKind.SYNONYM);
        assertThat(find("big model", "It is a large model.", Lexicon.NONE)).isEmpty();
    }

    @Test
    void toleratesMisspellingsOfLongerWords() {
        Optional<PatternMatch> match = find("attention mechanism", "The atention mechanizm decides.");

        assertThat(match).get().extracting(PatternMatch::kind).isEqualTo(MatchKind.SPELLING);
        assertThat(match.get().strength()).isLessThan(1.0);
    }

    @Test
    void neverToleratesMisspellingsOfShortWords() {
        assertThat(find("token", "The tokn is read.")).isEmpty();
        assertThat(find("layer", "The layr is deep.")).isEmpty();
    }

    @Test
    void neverTakesARealWordForAMisspelling() {
        assertThat(find("causal mask", "A casual mask.")).isEmpty();
    }

    @Test
    void matchesWholeTokensOnly() {
        assertThat(find("u", "The training has begun.")).isEmpty();
        assertThat(find("u", "Then u is updated.")).isPresent();
    }

    @Test
    void wordsMustBeCloseTogether() {
        assertThat(find("reward model", "The reward comes from people, who rank answers, so the language model "
                + "improves.")).isEmpty();
    }

    @Test
    void wordsMustBeInOneSentence() {
        assertThat(find("reward model", "They collect a reward. The model improves.")).isEmpty();
    }

    @Test
    void wordsMustBeInOneClause() {
        assertThat(find("discriminative boundary", "Generative models learn the boundary, whereas discriminative "
                + "ones do not.")).isEmpty();
    }

    @Test
    void reportsAMatchUnderANegationAsNegated() {
        assertThat(find("reward model", "RLHF does not use a reward model.")).get()
                .extracting(PatternMatch::negated).isEqualTo(true);
    }

    @Test
    void prefersAMatchOutsideANegation() {
        assertThat(find("reward model", "It has no value model; it trains a reward model.")).get()
                .extracting(PatternMatch::negated).isEqualTo(false);
    }

    @Test
    void aNegatedExpressionMatchesOnlyNegatedText() {
        assertThat(find("does not need labels", "RLHF does not need any labels.")).get()
                .extracting(PatternMatch::negated).isEqualTo(false);
        assertThat(find("does not need labels", "RLHF needs labels.")).isEmpty();
        assertThat(find("no base case", "The base case is not included.")).isPresent();
    }

    @Test
    void aQuotedExpressionKeepsItsWordOrder() {
        assertThat(find("\"attention is linear\"", "Attention itself is basically linear in the length.")).isPresent();
        assertThat(find("\"attention is linear\"", "Linear attention is one way around it.")).isEmpty();
        assertThat(find("attention is linear", "Linear attention is one way around it.")).isPresent();
    }

    @Test
    void aQuotedExpressionIsBrokenByAComparative() {
        assertThat(find("\"dpo is more expensive\"", "DPO is more expensive to run.")).isPresent();
        assertThat(find("\"dpo is more expensive\"", "DPO is less expensive to run.")).isEmpty();
    }

    @Test
    void aQuotedExpressionIsBrokenByARelativeClause() {
        assertThat(find("\"rlhf is simpler\"", "RLHF is simpler to tune.")).isPresent();
        assertThat(find("\"rlhf is simpler\"", "DPO is an alternative to RLHF that is simpler.")).isEmpty();
    }

    @Test
    void aQuotedExpressionAllowsOnlyFunctionWordsBetweenItsWords() {
        assertThat(find("\"gpt is encoder only\"", "GPT is the encoder-only one.")).isPresent();
        assertThat(find("\"gpt is encoder only\"", "GPT is a decoder and encoder-only BERT is not.")).isEmpty();
        assertThat(find("gpt is encoder only", "GPT is a decoder and encoder-only BERT is not.")).isPresent();
    }

    @Test
    void aNegatedExpressionDoesNotMatchANegatedRemoval() {
        assertThat(find("no reward model", "DPO does not train a reward model.")).isPresent();
        assertThat(find("no reward model", "DPO does not remove the reward model.")).isEmpty();
    }

    @Test
    void skipsBlockedTokens() {
        AnswerIndex answer = new AnswerIndex(ANALYZER.analyze("It trains a reward model."), Lexicon.NONE);
        Pattern pattern = compiler(EngineFixtures.wordnet()).compile("reward model");
        BitSet blocked = new BitSet();
        blocked.set(3);

        assertThat(matcher.find(pattern, answer, blocked)).isEmpty();
    }

    private Optional<PatternMatch> find(String expression, String answer) {
        return find(expression, answer, EngineFixtures.wordnet());
    }

    private Optional<PatternMatch> find(String expression, String answer, Lexicon lexicon) {
        Pattern pattern = compiler(lexicon).compile(expression);
        return matcher.find(pattern, new AnswerIndex(ANALYZER.analyze(answer), lexicon), new BitSet());
    }

    private static PatternCompiler compiler(Lexicon lexicon) {
        return new PatternCompiler(ANALYZER, lexicon, true, SYNONYMS);
    }
}
