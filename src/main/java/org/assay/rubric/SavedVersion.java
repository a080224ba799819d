package org.assay.rubric;

/**
 * The outcome of saving a rubric.
 *
 * @param version number of the question's current version after the save
 * @param fingerprint its content fingerprint
 * @param created false when the text was identical to the current version, so nothing was added
 */
public record SavedVersion(int version, String fingerprint, boolean created) {
}
