package org.assay.rubric;

/**
 * How a bank's answers are graded. Changing a setting never changes a stored grade: new grades use it, and a regrade
 * (whose preview lists its changes) applies it to stored ones. In a change, an absent (null) setting stays as it is.
 *
 * @param examplesAsEvidence the questions' scored examples move grades beside the rubric
 * @param overridesAsExamples reviewers' overrides of the bank's answers serve as scored examples too (used only while
 *        examples as evidence is on)
 */
public record BankSettings(Boolean examplesAsEvidence, Boolean overridesAsExamples) {

    String describe() {
        return "examples as evidence " + word(examplesAsEvidence) + ", overrides as examples "
                + word(overridesAsExamples);
    }

    private static String word(Boolean on) {
        return Boolean.TRUE.equals(on) ? "on" : "off";
    }
}
