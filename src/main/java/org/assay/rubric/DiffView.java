package org.assay.rubric;

import java.util.List;

/**
 * Two versions of a rubric compared line by line.
 *
 * @param from the older side
 * @param to the newer side
 * @param lines the diff, long unchanged runs shortened
 * @param added lines only in {@code to}
 * @param removed lines only in {@code from}
 * @param fields the same change field by field, such as "C3 points 3 → 2"
 */
public record DiffView(VersionRow from, VersionRow to, List<LineDiff.Line> lines, int added, int removed,
        List<String> fields) {

    public boolean identical() {
        return added == 0 && removed == 0;
    }
}
