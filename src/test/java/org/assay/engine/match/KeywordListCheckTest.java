package org.assay.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

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
    void termsRunTogetherAfterACopulaAreAList() {
        assertThat(isList("Attention is queries keys values softmax scaling heads masking output projection."))
                .isTrue();
    }

    @Test
    void aTermTheTaggerMistakesForAPrepositionStillCountsAsAnItem() {
        assertThat(isList("subword, byte pair, atomic unit, vocabulary, token limit, pricing")).isTrue();
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

    @Test
    void aListInAProseFrameIsStillAList() {
        String framed = "Relevant here are tokenization, subwords, the vocabulary, context windows and pricing, all of "
                + "which play a role.";
        String points = "The important points would be positional encoding, residual connections, layer norm, "
                + "feed-forward blocks and multi-head attention.";

        assertThat(itemWords(framed, Set.of("token"))).isEqualTo("tokenization subwords the vocabulary context "
                + "windows pricing");
        assertThat(itemWords(points, Set.of("transformer"))).contains("residual connections layer norm");
    }

    @Test
    void itemsSaidOfWhatTheQuestionIsAboutAreNotAList() {
        String parts = "The transformer has encoder and decoder stacks, multi-head attention, feed-forward layers, "
                + "residual connections and layer normalization.";

        assertThat(itemWords(parts, Set.of("transformer"))).isEmpty();
        assertThat(itemWords("It computes a query, a key and a value for every token.", Set.of("attention")))
                .isEmpty();
        assertThat(itemWords("You compute Q, K and V for every token and then a softmax.", Set.of("attention")))
                .isEmpty();
        assertThat(itemWords(parts.replace("The transformer has", "Relevant here are"), Set.of("transformer")))
                .contains("residual connections");
    }

    @Test
    void whatTheQuestionIsAboutInsideAPhraseOfTheFrameIsNotItsSubject() {
        String parts = "The main elements of RLHF are human preference rankings, a reward model, PPO fine-tuning and "
                + "alignment, each of which matters.";

        assertThat(itemWords(parts, Set.of("rlhf"))).contains("a reward model");
        assertThat(itemWords("At a high level the transformer has attention heads, feed-forward layers, residual "
                + "connections and layer norm.", Set.of("transformer"))).isEmpty();
        assertThat(itemWords(parts.replace("The main elements of RLHF are", "RLHF has"), Set.of("rlhf"))).isEmpty();
    }

    @Test
    void itemsFollowedByARemarkThatTheyAllMatterAreAListWhateverFramesThem() {
        String parts = "The transformer has multi-head attention, feed-forward layers, residual connections and "
                + "layer normalization, all of which are central to how it works.";

        assertThat(itemWords(parts, Set.of("transformer"))).contains("residual connections");
        assertThat(itemWords("RLHF comes down to preference rankings, a reward model, PPO and a KL penalty. Those "
                + "are what matter here.", Set.of("rlhf"))).contains("preference rankings").contains("a reward model");
        assertThat(itemWords(parts.replace("all of which are central to how it works",
                "each of which is stacked six times"), Set.of("transformer"))).isEmpty();
        assertThat(itemWords("The transformer has multi-head attention, feed-forward layers, residual connections "
                + "and layer normalization. These matter because they let it train in parallel.",
                Set.of("transformer"))).isEmpty();
    }

    @Test
    void termsThatCarryPredicatesAreNotAList() {
        assertThat(isList("attention scores every token pair, so n^2 work; 2x length -> 4x cost")).isFalse();
        assertThat(isList("BERT: bidirectional encoder, for classification")).isFalse();
        assertThat(isList("- attention: O(n²) in sequence length\n- kv cache: linear memory per token\n"
                + "- flash attention: fewer memory reads")).isFalse();
    }

    @Test
    void aFrameWhoseSubjectTheQuestionIsAboutMakesTheItemsStatements() {
        String answer = "GPT: decoder-only, causal masking, text generation, left-to-right";

        assertThat(itemsOf(answer, Set.of("gpt")).mostlyItems()).isFalse();
        assertThat(itemsOf("Key terms: decoder-only, causal masking, text generation, left-to-right",
                Set.of("gpt")).mostlyItems()).isTrue();
    }

    @Test
    void tableRowsAndBulletsUnderAStatementAreStatements() {
        assertThat(isList("| model | architecture | typical use |\n|---|---|---|\n"
                + "| BERT | encoder-only | classification |\n| GPT | decoder-only | generation |")).isFalse();
        assertThat(isList("query\nkey\nvalue\nsoftmax")).isTrue();
        assertThat(isList("- query\n- key\n- value\n- softmax")).isTrue();
    }

    private String itemWords(String answer, Set<String> subjects) {
        var analyzed = ANALYZER.analyze(answer);
        var items = check.analyze(analyzed, subjects).items();
        return analyzed.tokens().stream().filter(t -> t.isWord() && items.get(t.index())).map(t -> t.text())
                .collect(java.util.stream.Collectors.joining(" ")).replace(" - ", "-");
    }

    private KeywordListCheck.Enumerations itemsOf(String answer, Set<String> subjects) {
        return check.analyze(ANALYZER.analyze(answer), subjects);
    }

    private boolean isList(String answer) {
        return check.isKeywordList(ANALYZER.analyze(answer));
    }
}
