package org.assay.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assay.engine.EngineFixtures;
import org.junit.jupiter.api.Test;

class OpenNlpTextAnalyzerTest {

    private static final TextAnalyzer ANALYZER = EngineFixtures.analyzer();

    @Test
    void splitsSentencesAndGivesLowerCaseLemmasAndUniversalTags() {
        AnalyzedText text = ANALYZER.analyze("The Gradients suffered. Models learn distributions.");

        assertThat(text.sentences()).hasSize(2);
        assertThat(text.tokens()).extracting(Token::lemma)
                .containsSubsequence("gradient", "suffer", "model", "learn", "distribution");
        assertThat(token(text, "suffered").tag()).isEqualTo("VERB");
        assertThat(token(text, "Gradients").tag()).isEqualTo("NOUN");
    }

    @Test
    void keepsContractionsWholeAndMarksThemAsNegations() {
        AnalyzedText text = ANALYZER.analyze("It isn't linear and doesn't scale; you can't win.");

        assertThat(text.tokens()).extracting(Token::text).contains("isn't", "doesn't", "can't");
        assertThat(token(text, "isn't").negationCue()).isTrue();
        assertThat(token(text, "can't").negationCue()).isTrue();
    }

    @Test
    void splitsEveryHyphenatedWordIntoItsParts() {
        String original = "We use fine-tuning, self-attention and multi-head layers; fine-tunning too, non-English.";
        AnalyzedText text = ANALYZER.analyze(original);

        assertThat(text.tokens()).extracting(Token::text).containsSubsequence("fine", "-", "tuning", ",", "self", "-",
                "attention", "and", "multi", "-", "head", "layers", ";", "fine", "-", "tunning", ",", "non", "-",
                "English");
        for (Token t : text.tokens()) {
            assertThat(original.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void keepsHyphensThatJoinNoWords() {
        AnalyzedText text = ANALYZER.analyze("It costs -5 points -- a lot.");

        assertThat(text.tokens()).extracting(Token::text).contains("-5", "--");
    }

    @Test
    void lineBreaksEndSentences() {
        AnalyzedText text = ANALYZER.analyze("- tokens\n- context window");

        assertThat(text.sentences()).hasSize(2);
    }

    @Test
    void offsetsPointIntoTheOriginalTextDespiteOddUnicodeAndWhitespace() {
        String original = "  Ｓｅｌｆ\u2011attention\u00A0\u00A0isn\u2019t   ﬁne.\u200B\r\nIt works.";
        AnalyzedText text = ANALYZER.analyze(original);

        for (Token t : text.tokens()) {
            assertThat(original.substring(t.start(), t.end())).isEqualTo(text.slice(t.start(), t.end()));
        }
        assertThat(text.slice(token(text, "isn't").start(), token(text, "isn't").end())).isEqualTo("isn\u2019t");
        assertThat(text.slice(token(text, "fine").start(), token(text, "fine").end())).isEqualTo("ﬁne");
        assertThat(text.text(text.sentences().get(1))).isEqualTo("It works.");
    }

    @Test
    void marksStopWordsButNotContentWords() {
        AnalyzedText text = ANALYZER.analyze("The model reads the tokens of a sentence.");

        assertThat(text.tokens().stream().filter(Token::isContent).map(Token::lower).toList())
                .containsExactly("model", "reads", "tokens", "sentence");
    }

    @Test
    void analysesAnEmptyTextAsNoTokens() {
        assertThat(ANALYZER.analyze(" \n\t ").tokens()).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> ANALYZER.analyze(null)).isInstanceOf(IllegalArgumentException.class);
    }

    static Token token(AnalyzedText text, String word) {
        List<Token> found = text.tokens().stream().filter(t -> t.text().equals(word)).toList();
        assertThat(found).as("token %s in %s", word, text.tokens()).isNotEmpty();
        return found.get(0);
    }
}
