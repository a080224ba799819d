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
    /** The score rests on weak or semantic-only evidence. */
    LOW_CONFIDENCE,
    /** Written in another language than the rubric's. */
    OTHER_LANGUAGE
}
