package org.assay.engine.examples;

/**
 * What an answer being graded must not learn from: itself, and the other answers of its attempt.
 *
 * @param answerId the answer's own id, which an example of the same id is; empty when it has none
 * @param group the attempt the answer belongs to; empty when none
 */
public record Exclusion(String answerId, String group) {

    /** Nothing left out. */
    public static final Exclusion NONE = new Exclusion("", "");

    public Exclusion {
        answerId = answerId == null ? "" : answerId;
        group = group == null ? "" : group;
    }

    /** True when the example is the answer itself or comes from the same attempt. */
    public boolean excludes(ScoredExample example) {
        return (!answerId.isEmpty() && answerId.equals(example.id()))
                || (!group.isEmpty() && group.equals(example.group()));
    }
}
