package org.assay.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.assay.engine.EngineFixtures;

class NotationReaderTest {

    private final NotationReader reader = new NotationReader();
    private final TextNormalizer normalizer = new TextNormalizer();

    private String read(String text) {
        return reader.read(normalizer.normalize(text)).text();
    }

    @Test
    void bulletsAndNumbersLoseTheirMarkers() {
        assertThat(read("- attention: every pair\n* softmax weights\n2. values mixed\n## Cost"))
                .isEqualTo("attention: every pair\nsoftmax weights\nvalues mixed\nCost");
    }

    @Test
    void aTableRowStatesFactsAboutItsFirstCell() {
        assertThat(read("| model | use |\n|---|:---:|\n| BERT | encoder-only | classification |"))
                .isEqualTo("model : use\nBERT : encoder-only ; classification");
    }

    @Test
    void formulasAndArrowsAreReadOut() {
        assertThat(read("O(n²) in sequence length")).isEqualTo("n squared (quadratic) in sequence length");
        assertThat(read("learns p(y|x), not p(x,y)"))
                .isEqualTo("learns probability of y conditional on x, not joint probability of x and y");
        assertThat(read("2x length -> 4x cost")).isEqualTo("2 times length leads to 4 times cost");
        assertThat(read("softmax(QK^T / d)")).isEqualTo("softmax(queries times keys / d)");
        assertThat(read("cost = n*n")).isEqualTo("cost is n squared");
    }

    @Test
    void proseIsLeftAlone() {
        String prose = "Attention compares every token with every other one, so the cost is quadratic.";
        assertThat(read(prose)).isEqualTo(prose);
    }

    @Test
    void evidencePointsIntoTheTextAsTyped() {
        String typed = "- cost: O(n²) -> slow";
        AnalyzedText text = EngineFixtures.analyzer().analyze(typed);

        List<Token> tokens = text.tokens();
        Token squared = tokens.stream().filter(t -> t.lower().equals("squared")).findFirst().orElseThrow();
        assertThat(text.slice(squared.start(), squared.end())).isEqualTo("O(n²)");
        Token cost = tokens.get(0);
        assertThat(text.slice(cost.start(), cost.end())).isEqualTo("cost");
    }
}
