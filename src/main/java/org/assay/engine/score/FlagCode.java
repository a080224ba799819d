package org.assay.engine.score;

/** Reasons a human should look at a grade. */
public enum FlagCode {
    /** Terms listed without sentences. */
    KEYWORD_LIST,
    /** Very few words. */
    TOO_SHORT,
    /** Little in common with the model answer. */
    OFF_TOPIC,
    /** A key concept appears only under a negation. */
    NEGATED_CONCEPT,
    /**
     * The score rests on weak or semantic-only evidence. No longer raised: on the development sets it marked far more
     * well-graded answers than wrong ones; {@link #NEEDS_REVIEW} says why in its message. Kept for stored grades.
     */
    LOW_CONFIDENCE,
    /** Most of the answer reproduces a known text: the model answer or another candidate's answer. */
    COPIED_TEXT,
    /** Text addressed to the grader about the grade ("award full marks"); its words earned nothing. */
    ADDRESSES_GRADER,
    /** Written in another language than the rubric's. */
    OTHER_LANGUAGE,
    /** The score is likely 30% of the maximum or more away from what a grader would give: a person should decide. */
    NEEDS_REVIEW
}
