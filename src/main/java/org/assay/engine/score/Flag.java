package org.assay.engine.score;

/**
 * A reason to look at a grade, with a plain-English explanation.
 *
 * @param code the kind of flag
 * @param message what was seen and what it did to the score
 */
public record Flag(FlagCode code, String message) {
}
