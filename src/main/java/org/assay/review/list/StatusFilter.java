package org.assay.review.list;

import java.util.Arrays;
import java.util.Optional;

/** Which attempts the list shows by state. */
public enum StatusFilter {
    ALL("", "All", ""),
    IN_PROGRESS("in-progress", "In progress", " and t.status = 'IN_PROGRESS'"),
    SUBMITTED("submitted", "Submitted", " and t.status = 'SUBMITTED'"),
    TO_REVIEW("to-review", "Submitted, not reviewed", " and t.status = 'SUBMITTED' and t.reviewed = false"),
    REVIEWED("reviewed", "Reviewed", " and t.reviewed = true"),
    GRADING_FAILED("grading-failed", "Grading failed", " and exists (select 1 from answer ga join grading_task gt"
            + " on gt.answer_id = ga.id where ga.attempt_id = t.id and gt.last_error is not null)"),
    NEEDS_SECOND_MARKING("needs-second-marking", "Needs second marking", " and t.status = 'SUBMITTED'"
            + " and t.reviewed = true and s.second_marking = true and not " + SecondMarkingSql.SECOND_MARKED),
    NEEDS_ADJUDICATION("needs-adjudication", "Needs adjudication", " and t.status = 'SUBMITTED' and "
            + SecondMarkingSql.AWAITING_ADJUDICATION);

    private final String key;
    private final String label;
    private final String sql;

    StatusFilter(String key, String label, String sql) {
        this.key = key;
        this.label = label;
        this.sql = sql;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    String sql() {
        return sql;
    }

    static Optional<StatusFilter> parse(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
