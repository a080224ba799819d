package org.assay.rubric.editor;

import java.util.List;

/**
 * The try-it panel: a report, or why the answer could not be graded.
 *
 * @param report the grade report; null when nothing was graded
 * @param problems why nothing was graded, such as the draft's problems
 */
public record TryView(ReportView report, List<String> problems) {

    public static final TryView NONE = new TryView(null, List.of());

    public boolean graded() {
        return report != null;
    }
}
