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

    private SecondMarkingSql() {
    }
}
