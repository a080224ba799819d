package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.assessment.Assessment;
import org.assay.support.Html;

/** The list stays quick with thousands of attempts: the database filters, sorts and pages them. */
@QuarkusTest
class ReviewListScaleTest {

    private static final int ATTEMPTS = 3000;
    /** Ids far above what the sequences hand out during a test run. */
    private static final long FIRST_ID = 50_000_000L;
    /** Generous, for a busy two-core build machine; a page takes a few tens of milliseconds when idle. */
    private static final Duration PAGE_BUDGET = Duration.ofSeconds(5);

    private static long assessment;

    @BeforeAll
    static void seed() throws SQLException {
        assessment = ReviewData.newAssessment("Scale", false);
        var ids = QuarkusTransaction.requiringNew().call(() -> {
            Assessment a = Assessment.findById(assessment);
            return a.questions.stream().map(q -> List.of(q.question.id, q.question.currentVersion.id)).toList();
        });
        try (Connection db = Arc.container().instance(DataSource.class).get().getConnection()) {
            db.setAutoCommit(false);
            insert(db, ids);
            db.commit();
        }
    }

    @Test
    void firstPageSortedByFinalScoreComesBackQuicklyWithTheBestAttemptOnTop() {
        var session = ReviewData.interviewer("ivy");
        session.page("/review?assessment=" + assessment);

        long started = System.nanoTime();
        var response = session.get("/review?assessment=" + assessment + "&sort=final&dir=desc");
        var took = Duration.ofNanos(System.nanoTime() - started);

        var page = Html.parse(response);
        assertThat(Html.text(page, "table.attempts caption")).isEqualTo(ATTEMPTS + " attempts, page 1 of 60");
        var names = page.select("table.attempts tbody tr td:first-child").eachText();
        assertThat(names).hasSize(50).startsWith("Scale 2999", "Scale 2998");
        assertThat(took).isLessThan(PAGE_BUDGET);
    }

    @Test
    void lastPageAndSearchAreAnsweredByTheDatabase() {
        var session = ReviewData.interviewer("ivy");

        long started = System.nanoTime();
        var last = session.page("/review?assessment=" + assessment + "&sort=candidate&page=60");
        var search = session.page("/review?assessment=" + assessment + "&q=1234");
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(last.select("table.attempts tbody tr")).hasSize(50);
        assertThat(last.select("table.attempts tbody tr td:first-child").eachText()).endsWith("Scale 2999");
        assertThat(search.select("table.attempts tbody tr td:first-child").eachText()).containsExactly("Scale 1234");
        assertThat(took).isLessThan(PAGE_BUDGET.multipliedBy(2));
    }

    /** Attempt n scores n / 300 points on each question, so a higher number means a higher total. */
    private static void insert(Connection db, List<List<Long>> questions) throws SQLException {
        var now = Timestamp.from(Instant.now());
        ScaleRows.submittedAttempts(db, assessment, FIRST_ID, ATTEMPTS, "scale");
        try (var answer = db.prepareStatement("insert into answer (id, attempt_id, question_id, rubric_version_id,"
                + " position, text, revision, save_count, seconds_spent) values (?, ?, ?, ?, ?, 'x', 1, 1,"
                        + " 10)");
                var grade = db.prepareStatement("insert into grade (id, answer_id, rubric_version_id, engine_version,"
                        + " score, max_score, flag_count, report, created_at) values (?, ?, ?, 'test', ?, 10, ?,"
                        + " '{}', ?)")) {
            for (int n = 0; n < ATTEMPTS; n++) {
                long id = FIRST_ID + n;
                for (int q = 0; q < questions.size(); q++) {
                    long answerId = id * 10 + q;
                    answer.setLong(1, answerId);
                    answer.setLong(2, id);
                    answer.setLong(3, questions.get(q).get(0));
                    answer.setLong(4, questions.get(q).get(1));
                    answer.setInt(5, q + 1);
                    answer.addBatch();
                    grade.setLong(1, answerId);
                    grade.setLong(2, answerId);
                    grade.setLong(3, questions.get(q).get(1));
                    grade.setDouble(4, n / 300.0);
                    grade.setInt(5, n % 3);
                    grade.setTimestamp(6, now);
                    grade.addBatch();
                }
            }
            answer.executeBatch();
            grade.executeBatch();
        }
    }
}
