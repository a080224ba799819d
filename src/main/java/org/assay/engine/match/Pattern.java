package org.assay.engine.match;

import java.util.List;

/**
 * A rubric expression or keyword compiled for matching: every slot must be filled inside one clause of the answer,
 * in any order, within a window that grows with the number of slots.
 *
 * @param source the expression as the rubric wrote it
 * @param slots what must be found
 * @param negative true when the expression itself is negated ("does not need labels"): it then matches only
 *     negated text
 * @param ordered true when the slots must be filled in order, with only function words between them
 */
public record Pattern(String source, List<Slot> slots, boolean negative, boolean ordered) {

    public Pattern {
        slots = List.copyOf(slots);
    }

    /** True when there is nothing to look for. */
    public boolean isEmpty() {
        return slots.isEmpty();
    }
}
