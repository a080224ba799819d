package org.assay.rubric.editor;

import java.util.List;
import java.util.Map;

/**
 * The draft's loose expressions, by the form field they are typed in: expressions that many answers match in
 * passing, with tighter phrases drawn from the graded examples once the author asks for suggestions.
 *
 * @param byField marks by field name, such as {@code criteria-0-expressions}
 */
public record LooseMarks(Map<String, List<Mark>> byField) {

    public static final LooseMarks NONE = new LooseMarks(Map.of());

    public LooseMarks {
        byField = Map.copyOf(byField);
    }

    /**
     * One loose expression.
     *
     * @param expression as typed
     * @param explanation why it is loose
     * @param tighter phrases from high-scored examples, not found in low-scored ones; empty when none was asked for
     *     or found
     */
    public record Mark(String expression, String explanation, List<String> tighter) {
    }

    /** The marks of one field; empty when its expressions are all specific enough. */
    public List<Mark> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** How many loose expressions the draft has. */
    public int count() {
        return byField.values().stream().mapToInt(List::size).sum();
    }
}
