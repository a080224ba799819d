package org.assay.engine.match;

import java.util.List;

/**
 * One content word (or a multi-word term with rubric synonyms) of a pattern, with the phrases that may fill it.
 *
 * @param alternatives the expression's own phrase first, then its rubric synonyms
 */
public record Slot(List<Phrase> alternatives) {

    public Slot {
        alternatives = List.copyOf(alternatives);
    }
}
