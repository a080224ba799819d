package org.assay.engine.examples;

/**
 * An answer a person has scored, offered as evidence for grading other answers to the same question.
 *
 * @param id names the example where it is shown, such as {@code 7} or an answer id; unique within its question
 * @param source where it comes from: {@link #EXAMPLES_FILE}, {@link #KEPT_ANSWER}, {@link #OVERRIDE} or
 *        {@link #TRAINING_FILE}
 * @param group the attempt it belongs to, so an answer is never graded with another answer of the same attempt;
 *        empty when it belongs to none
 * @param answer the answer text
 * @param score the person's score, on the question's points
 * @param note why it got that score, when someone wrote it down; empty otherwise
 */
public record ScoredExample(String id, String source, String group, String answer, double score, String note) {

    public static final String EXAMPLES_FILE = "examples file";
    public static final String KEPT_ANSWER = "kept answer";
    public static final String OVERRIDE = "override";
    public static final String TRAINING_FILE = "training file";

    public ScoredExample {
        if (id == null || answer == null) {
            throw new IllegalArgumentException("an example needs an id and an answer");
        }
        source = source == null ? "" : source;
        group = group == null ? "" : group;
        note = note == null ? "" : note;
    }
}
