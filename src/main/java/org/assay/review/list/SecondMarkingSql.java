package org.assay.review.list;

import org.assay.assessment.SecondMarkingSettings;
import org.assay.grading.AttemptScores;

/** Conditions on an attempt's second marking for the list's queries; they need aliases t (attempt) and s. */
final class SecondMarkingSql {

    /** Attempt t has a second mark; needs aliases t. */
    static final String SECOND_MARKED = "exists (select 1 from answer xa join second_mark xm"
            + " on xm.answer_id = xa.id where xa.attempt_id = t.id)";
    /**
     * An answer of attempt t has two marks further apart than the threshold of its assessment s, and no
     * adjudication.
     */
    static final String AWAITING_ADJUDICATION = AttemptScores.anyAnswerOfAttempt("and sm.id is not null"
            + " and j.id is null and " + SecondMarkingSettings.disagreeSql("s", AttemptScores.FIRST_SCORE,
                    "sm.score", AttemptScores.MAX));

    /** Viewer :viewer marked attempt t first: marked it reviewed or overrode one of its answers. */
    static final String VIEWER_MARKED_FIRST = "(t.reviewed_by = :viewer or exists (select 1 from answer va"
            + " join score_override vo on vo.answer_id = va.id where va.attempt_id = t.id and vo.reviewer = :viewer))";
    /**
     * Attempt t of assessment s waits for its second mark and :viewer did not mark it first, so its first marking
     * stays hidden from them.
     */
    static final String FIRST_MARKING_HIDDEN = "(s.second_marking = true and t.status = 'SUBMITTED'"
            + " and t.reviewed = true and not " + SECOND_MARKED + " and not " + VIEWER_MARKED_FIRST + ")";

    private SecondMarkingSql() {
    }
}
