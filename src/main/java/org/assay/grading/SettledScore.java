package org.assay.grading;

/** When a person, not only the engine, stands behind an answer's score: the rule the transcript and examples share. */
public final class SettledScore {

    private SettledScore() {
    }

    /**
     * @param overridden a reviewer has overridden the score
     * @param reviewed the attempt is marked reviewed
     * @param graded the answer has a grade
     * @return true when a reviewer overrode the score, or marked the attempt reviewed with the grade in place
     */
    public static boolean settled(boolean overridden, boolean reviewed, boolean graded) {
        return overridden || reviewed && graded;
    }
}
