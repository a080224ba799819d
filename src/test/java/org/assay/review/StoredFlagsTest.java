package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.grading.Grade;
import org.assay.grading.migration.GradeFlagBackfill;
import org.assay.session.Answer;
import org.assay.session.Attempt;

/** The review list filters on the flags stored with each grade, and grades from before they were stored get them. */
@QuarkusTest
class StoredFlagsTest {

    @Inject
    DataSource dataSource;

    @Test
    void theListFiltersOnStoredFlagsRatherThanTheReportText() {
        var assessment = ReviewData.newAssessment("Stored flags", false);
        var built = ReviewData.partlyGraded(assessment, "Sid Stored");
        // The stored report names no flag; only the flag rows say TOO_SHORT
        QuarkusTransaction.requiringNew().run(() -> {
            Answer answer = Answer.findById(built.answerIds().get(1));
            Grade.of(answer, answer.rubricVersion, ReviewData.tokenizationReport(), "{}").persist();
        });
        var session = ReviewData.interviewer("ivy");

        assertThat(ReviewListTest.names(session, assessment, "&flag=TOO_SHORT")).containsExactly("Sid Stored");
        assertThat(ReviewListTest.names(session, assessment, "&flag=LOW_CONFIDENCE")).containsExactly("Sid Stored");
        assertThat(ReviewListTest.names(session, assessment, "&flag=OFF_TOPIC")).isEmpty();
    }

    @Test
    void gradesStoredBeforeFlagRowsAreFilledFromTheirReportsOnce() throws SQLException {
        var assessment = ReviewData.newAssessment("Backfilled flags", false);
        var built = ReviewData.partlyGraded(assessment, "Bea Backfill");
        ReviewData.inProgress(assessment, "Nell Noflags");
        // A grade as stored before flags had rows: counted and in the report JSON, with no rows
        QuarkusTransaction.requiringNew().run(() -> {
            Answer answer = Answer.findById(built.answerIds().get(1));
            var grade = ReviewData.grade(answer, ReviewData.tokenizationReport());
            grade.flags.clear();
        });
        var session = ReviewData.interviewer("ivy");
        assertThat(ReviewListTest.names(session, assessment, "&flag=TOO_SHORT")).isEmpty();

        try (var connection = dataSource.getConnection()) {
            assertThat(GradeFlagBackfill.fill(connection)).isPositive();
            GradeFlagBackfill.fill(connection);
        }

        assertThat(ReviewListTest.names(session, assessment, "&flag=TOO_SHORT")).containsExactly("Bea Backfill");
        assertThat(ReviewListTest.names(session, assessment, "&flag=none")).containsExactly("Nell Noflags");
        long invitation = QuarkusTransaction.requiringNew()
                .call(() -> Attempt.<Attempt>findById(built.attemptId()).invitation.id);
        var api = OverrideTest.api().get("/api/invitations/" + invitation).jsonPath();
        assertThat(api.getList("results.answers[0].flags")).containsExactly("LOW_CONFIDENCE");
        assertThat(api.getList("results.answers[1].flags")).containsExactly("TOO_SHORT");
    }
}
