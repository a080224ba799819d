package org.assay.rubric;

/**
 * Whether a question has enough scored examples for the examples channel to help, by the engine's own rule: nothing
 * is learned from fewer than {@code minimum} examples that each have a close neighbour, which takes at least that
 * many examples.
 *
 * @param on the bank uses its examples as evidence
 * @param overrides the bank's reviewers' overrides count as examples
 * @param examples the question's examples scored under its current rubric version (with overrides, when they count)
 * @param minimum fewest examples with a close neighbour the engine learns from
 */
public record ChannelCoverage(boolean on, boolean overrides, int examples, int minimum) {

    /** Too few examples for the channel to learn from this question's own. */
    public boolean tooFew() {
        return examples < minimum;
    }

    /** How many more examples the question needs at the least. */
    public int more() {
        return Math.max(0, minimum - examples);
    }
}
