package org.assay.review.second;

import java.util.List;

/**
 * An assessment's second-marking figures: how the two reviewers agree with each other, and how each reviewer agrees
 * with the engine.
 *
 * @param on second marking is switched on for the assessment
 * @param threshold when two marks go to adjudication, in words
 * @param attempts attempts marked twice
 * @param disagreements answers whose marks differ by more than the threshold
 * @param adjudicated of those, the answers an adjudicator decided
 * @param reviewers the first marking against the second, over every answer marked twice
 * @param withEngine each role's and each person's marks against the engine's scores
 */
public record AgreementView(long assessmentId, String title, boolean on, String threshold, int attempts,
        int disagreements, int adjudicated, AgreementFigures reviewers, List<ReviewerAgreement> withEngine) {

    /**
     * One reviewer's (or one role's) marks against the engine's.
     *
     * @param reviewer a username, or "First marking" / "Second marking" for all marks of that role
     * @param role "first", "second", or "reviewer" for a person
     */
    public record ReviewerAgreement(String reviewer, String role, AgreementFigures figures) {
    }

    public boolean anyMarkedTwice() {
        return attempts > 0;
    }
}
