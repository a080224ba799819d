package org.assay.engine.text;

/** Whose claim a token belongs to: the candidate's own, or a view reported, rejected, supposed or aimed at a grader. */
public enum Stance {
    /** The candidate states it. */
    ASSERTED,
    /** Someone else's view, reported ("some people say ..."). */
    REPORTED,
    /** A claim the next sentence rejects ("... That's wrong."). */
    REJECTED,
    /** Inside a condition, a warning or a question: supposed, warned against or asked, not stated. */
    SUPPOSED,
    /** Addressed to the grader about the grade ("award full marks"). */
    GRADER
}
