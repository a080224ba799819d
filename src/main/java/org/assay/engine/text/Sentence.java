package org.assay.engine.text;

/**
 * A sentence of an analysed text.
 *
 * @param index position in the text's sentence list
 * @param start offset of the first character in the original text
 * @param end offset after the last character in the original text
 * @param firstToken index of the sentence's first token
 * @param endToken index after the sentence's last token
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

    /** Number of tokens in the sentence. */
    public int size() {
        return endToken - firstToken;
    }
}
