package org.assay.engine.text;

/**
 * Splits a text into sentences and tokens with parts of speech, lemmas and negation scopes. Implementations are
 * thread-safe and deterministic.
 */
public interface TextAnalyzer {

    /**
     * Analyses a text.
     *
     * @param text the text as typed; may be empty
     * @return the analysis, with offsets into {@code text}; never null
     * @throws IllegalArgumentException if text is null
     */
    AnalyzedText analyze(String text);
}
