package org.assay.rubric.editor;

/**
 * An answer to grade through the API.
 *
 * @param answer the answer text
 * @param rubric optional rubric YAML to grade against instead of the saved version (a draft)
 */
public record TryRequest(String answer, String rubric) {
}
