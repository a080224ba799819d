package org.assay.grading;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.assay.session.Answer;
import org.assay.session.AttemptStatus;

/**
 * Which answers a regrade covers: the submitted answers to one question, or to every question of one assessment.
 *
 * @param kind {@link #QUESTION} or {@link #ASSESSMENT}
 * @param id the question's or the assessment's database id
 */
public record RegradeScope(String kind, long id) {

    public static final String QUESTION = "question";
    public static final String ASSESSMENT = "assessment";

    public RegradeScope {
        if (!QUESTION.equals(kind) && !ASSESSMENT.equals(kind)) {
            throw new IllegalArgumentException("A regrade covers a question or an assessment, not " + kind);
        }
    }

    /** The answers in scope with an id above {@code after}, in id order. */
    PanacheQuery<Answer> answersAfter(long after) {
        return Answer.find("from Answer a where " + condition() + " and a.attempt.status = ?2 and a.id > ?3 "
                + "order by a.id", id, AttemptStatus.SUBMITTED, after);
    }

    long count() {
        return Answer.count("from Answer a where " + condition() + " and a.attempt.status = ?2", id,
                AttemptStatus.SUBMITTED);
    }

    List<Answer> first(int limit) {
        return answersAfter(0).page(0, limit).list();
    }

    private String condition() {
        return kind.equals(QUESTION) ? "a.question.id = ?1" : "a.attempt.invitation.assessment.id = ?1";
    }
}
