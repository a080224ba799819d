package org.assay.engine.text;

import java.util.List;

/**
 * A text split into sentences and tokens, with parts of speech, lemmas, stop words and negation scopes. All offsets
 * point into the original text. Immutable.
 *
 * @param original the text as typed
 * @param sentences the sentences in order; a line break always ends a sentence
 * @param tokens every token in order
 */
public record AnalyzedText(String original, List<Sentence> sentences, List<Token> tokens) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /** The original text between two offsets. */
    public String slice(int start, int end) {
        return original.substring(start, end);
    }

    /** The original text of a sentence. */
    public String text(Sentence sentence) {
        return slice(sentence.start(), sentence.end());
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** Number of tokens that hold a letter or digit. */
    public int wordCount() {
        int n = 0;
        for (Token t : tokens) {
            n += t.isWord() ? 1 : 0;
        }
        return n;
    }

    /** Number of content words (neither stop words nor negation cues). */
    public int contentWordCount() {
        int n = 0;
        for (Token t : tokens) {
            n += t.isContent() ? 1 : 0;
        }
        return n;
    }
}
