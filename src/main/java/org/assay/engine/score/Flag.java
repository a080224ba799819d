package org.assay.engine.score;

import java.util.List;

/**
 * A reason to look at a grade, with a plain-English explanation.
 *
 * @param code the kind of flag
 * @param message what was seen and what it did to the score
 * @param evidence the spans of the answer the flag is about; empty when it concerns the whole answer
 */
public record Flag(FlagCode code, String message, List<Evidence> evidence) {

    public Flag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A flag about the whole answer. */
    public Flag(FlagCode code, String message) {
        this(code, message, List.of());
    }
}
