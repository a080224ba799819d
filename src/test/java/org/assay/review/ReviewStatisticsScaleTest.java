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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.assessment.Assessment;
import org.assay.support.Html;

/**
 * The review list and the question statistics of an assessment with 2,000 submitted attempts, each answer graded
 * with a full engine report and one in ten overridden, answer in under 500 ms (docs/benchmarks.md).
 */
@QuarkusTest
class ReviewStatisticsScaleTest {

    private static final int ATTEMPTS = 2000;
    /** Ids far above what the sequences hand out during a test run, and apart from the list's scale test. */
    private static final long FIRST_ID = 70_000_000L;
    private static final Duration BUDGET = Duration.ofMillis(500);
    private static final int RUNS = 5;

    private static long assessment;

    @BeforeAll
    static void seed() throws SQLException, JsonProcessingException {
        assessment = ReviewData.newAssessment("Statistics scale", false);
        var ids = QuarkusTransaction.requiringNew().call(() -> {
            Assessment a = Assessment.findById(assessment);
            return a.questions.stream().map(q -> List.of(q.question.id, q.question.currentVersion.id)).toList();
        });
        var mapper = Arc.container().instance(ObjectMapper.class).get();
        var reports = List.of(mapper.writeValueAsString(ReviewData.attentionReport()),
                mapper.writeValueAsString(ReviewData.tokenizationReport()));
        try (Connection db = Arc.container().instance(DataSource.class).get().getConnection()) {
            db.setAutoCommit(false);
            insert(db, ids, reports);
            db.commit();
        }
    }

    @Test
    void reviewListAndStatisticsOfTwoThousandAttemptsAnswerWithinHalfASecond() {
        var session = ReviewData.interviewer("ivy");
        var list = "/review?assessment=" + assessment + "&sort=final&dir=desc";
        var statistics = "/review/assessments/" + assessment + "/statistics";
        session.page(list);
        long started = System.nanoTime();
        session.page(statistics);
        var firstStats = Duration.ofNanos(System.nanoTime() - started);

        var listTook = fastest(() -> assertThat(Html.text(session.page(list), "table.attempts caption"))
                .isEqualTo(ATTEMPTS + " attempts, page 1 of 40"));
        var statsTook = fastest(() -> assertThat(Html.text(session.page(statistics), "#stats-q06 .stat-attempts"))
                .isEqualTo(Integer.toString(ATTEMPTS)));
        Log.infof("Review list of %d attempts: %d ms; question statistics: %d ms (fastest of %d; first %d ms)",
                ATTEMPTS, listTook.toMillis(), statsTook.toMillis(), RUNS, firstStats.toMillis());

        assertThat(listTook).isLessThan(BUDGET);
        assertThat(statsTook).isLessThan(BUDGET);
    }

    /** The fastest of a few warm runs, so a pause of the shared build machine does not decide the result. */
    private static Duration fastest(Runnable request) {
        var best = Duration.ofDays(1);
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            request.run();
            var took = Duration.ofNanos(System.nanoTime() - started);
            best = took.compareTo(best) < 0 ? took : best;
        }
        return best;
    }

    /** Attempt n scores the engine's report score; every tenth attempt has its first answer overridden to n % 11. */
    private static void insert(Connection db, List<List<Long>> questions, List<String> reports) throws SQLException {
        var now = Timestamp.from(Instant.now());
        ScaleRows.submittedAttempts(db, assessment, FIRST_ID, ATTEMPTS, "stats");
        try (var answer = db.prepareStatement("insert into answer (id, attempt_id, question_id, rubric_version_id,"
                + " position, text, revision, save_count, seconds_spent) values (?, ?, ?, ?, ?, ?, 1, 1, 10)");
                var grade = db.prepareStatement("insert into grade (id, answer_id, rubric_version_id, engine_version,"
                        + " score, max_score, flag_count, report, created_at) values (?, ?, ?, 'test', ?, 10, 1, ?,"
                        + " ?)");
                var flag = db.prepareStatement("insert into grade_flag (grade_id, flag_index, code) values (?, 0, ?)");
                var override = db.prepareStatement("insert into score_override (id, answer_id, grade_id, reviewer,"
                        + " score, reason, created_at) values (?, ?, ?, 'ivy', ?, 'Calibrated', ?)")) {
            for (int n = 0; n < ATTEMPTS; n++) {
                long id = FIRST_ID + n;
                for (int q = 0; q < questions.size(); q++) {
                    long answerId = id * 10 + q;
                    answer.setLong(1, answerId);
                    answer.setLong(2, id);
                    answer.setLong(3, questions.get(q).get(0));
                    answer.setLong(4, questions.get(q).get(1));
                    answer.setInt(5, q + 1);
                    answer.setString(6, q == 0 ? ReviewData.ATTENTION_ANSWER : ReviewData.TOKENIZATION_ANSWER);
                    answer.addBatch();
                    grade.setLong(1, answerId);
                    grade.setLong(2, answerId);
                    grade.setLong(3, questions.get(q).get(1));
                    grade.setDouble(4, q == 0 ? ReviewData.ATTENTION_SCORE : ReviewData.TOKENIZATION_SCORE);
                    grade.setString(5, reports.get(q));
                    grade.setTimestamp(6, now);
                    grade.addBatch();
                    flag.setLong(1, answerId);
                    flag.setString(2, q == 0 ? "LOW_CONFIDENCE" : "TOO_SHORT");
                    flag.addBatch();
                    if (q == 0 && n % 10 == 0) {
                        override.setLong(1, answerId);
                        override.setLong(2, answerId);
                        override.setLong(3, answerId);
                        override.setDouble(4, n % 11);
                        override.setTimestamp(5, now);
                        override.addBatch();
                    }
                }
            }
            answer.executeBatch();
            grade.executeBatch();
            flag.executeBatch();
            override.executeBatch();
        }
    }
}
