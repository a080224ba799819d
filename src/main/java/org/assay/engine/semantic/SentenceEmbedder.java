package org.assay.engine.semantic;

/**
 * Turns a sentence into a unit-length vector whose dot product with another measures how alike their meanings are.
 * Implementations are thread-safe and deterministic.
 */
public interface SentenceEmbedder {

    /**
     * Embeds one text.
     *
     * @param text a sentence or short paragraph; must not be null
     * @return a vector of unit length
     */
    float[] embed(String text);
}
