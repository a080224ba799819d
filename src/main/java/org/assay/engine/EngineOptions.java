package org.assay.engine;

/**
 * Which matching channels the engine uses. Every channel can be switched off.
 *
 * @param wordnet use WordNet synonyms of the same part of speech
 * @param spelling tolerate misspellings of longer words
 * @param semantic compare sentences with sentence embeddings (loads an ONNX model)
 */
public record EngineOptions(boolean wordnet, boolean spelling, boolean semantic) {

    /** Every channel on. */
    public static EngineOptions defaults() {
        return new EngineOptions(true, true, true);
    }
}
