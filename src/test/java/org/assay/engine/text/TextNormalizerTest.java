package org.assay.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void foldsFullWidthLettersAndLigaturesWithNfkc() {
        assertThat(normalizer.normalize("Ｇｐｔ uses ﬁne tuning").text()).isEqualTo("Gpt uses fine tuning");
    }

    @Test
    void collapsesWhitespaceAndKeepsOneLineBreak() {
        assertThat(normalizer.normalize("  a \t\u00A0 b\r\n\r\n  c  ").text()).isEqualTo("a b\nc");
    }

    @Test
    void dropsInvisibleCharactersAndStraightensQuotes() {
        assertThat(normalizer.normalize("isn\u2019t\u200B \u201Cfair\u201D").text()).isEqualTo("isn't \"fair\"");
    }

    @Test
    void mapsEveryCharacterBackToTheOriginalSpan() {
        String original = "  ﬁne\u200B  Ｇｐｔ";
        NormalizedText n = normalizer.normalize(original);

        int gpt = n.text().indexOf("Gpt");
        assertThat(original.substring(n.originalStart(gpt), n.originalEnd(gpt + 3))).isEqualTo("Ｇｐｔ");
        assertThat(original.substring(n.originalStart(0), n.originalEnd(4))).isEqualTo("ﬁne");
    }

    @Test
    void composesCombiningMarksIntoOneCharacter() {
        String original = "cafe\u0301 au lait";
        NormalizedText n = normalizer.normalize(original);

        assertThat(n.text()).isEqualTo("café au lait");
        assertThat(original.substring(n.originalStart(0), n.originalEnd(4))).isEqualTo("cafe\u0301");
    }
}
