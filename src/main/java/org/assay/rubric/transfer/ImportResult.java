package org.assay.rubric.transfer;

/**
 * What an import changed.
 *
 * @param bankKey the bank imported into
 * @param bankCreated whether the bank was new
 * @param questionsAdded questions that were not in the bank before
 * @param versionsAdded new rubric versions of questions already there
 * @param unchanged questions whose rubric was the same as their current version
 * @param examplesAdded graded examples added (ones already there are not added twice)
 */
public record ImportResult(String bankKey, boolean bankCreated, int questionsAdded, int versionsAdded, int unchanged,
        int examplesAdded) {

    public String summary() {
        return (bankCreated ? "Created bank " : "Imported into bank ") + bankKey + ": " + questionsAdded
                + " new question(s), " + versionsAdded + " new version(s), " + unchanged + " unchanged, "
                + examplesAdded + " example(s) added.";
    }
}
