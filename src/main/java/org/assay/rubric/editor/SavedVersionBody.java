package org.assay.rubric.editor;

/**
 * The API's answer to a saved rubric.
 *
 * @param version the question's current version number
 * @param fingerprint its content fingerprint
 * @param created false when the text was the same as the current version and nothing was added
 */
public record SavedVersionBody(int version, String fingerprint, boolean created) {
}
