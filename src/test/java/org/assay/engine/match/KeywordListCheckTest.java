package org.assay.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.assay.engine.EngineFixtures;
import org.assay.engine.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class KeywordListCheckTest {

    private static final TextAnalyzer ANALYZER = EngineFixtures.analyzer();

    private final KeywordListCheck check = new KeywordListCheck();

    @Test
    void commaSeparatedTermsAreAList() {
        assertThat(isList("subword, BPE, vocabulary, context window, cost per token, lost in the middle")).isTrue();
    }

    @Test
    void termsRunTogetherWithoutFunctionWordsAreAList() {
        assertThat(isList("Transformer multi-head self-attention feed-forward residual layer normalization "
                + "stacked blocks")).isTrue();
    }

    @Test
    void sentencesAreNotAList() {
        assertThat(isList("A token is a piece of a word. The context window is counted in tokens, so long "
                + "prompts cost more.")).isFalse();
    }

    @Test
    void aGrammaticalNounPhraseIsNotAList() {
        assertThat(isList("The name of the function and the types of its arguments.")).isFalse();
    }

    @Test
    void aSentenceThatListsPartsIsNotAList() {
        assertThat(isList("The transformer has encoder and decoder stacks, multi-head attention, feed-forward "
                + "layers, residual connections and layer normalization.")).isFalse();
    }

    @Test
    void shortClausesBetweenCommasAreNotAList() {
        assertThat(isList("Tokens are pieces, models read them, costs go up, limits apply.")).isFalse();
    }

    @Test
    void veryShortAnswersAreNotJudged() {
        assertThat(isList("BPE tokens")).isFalse();
    }

    private boolean isList(String answer) {
        return check.isKeywordList(ANALYZER.analyze(answer));
    }
}
