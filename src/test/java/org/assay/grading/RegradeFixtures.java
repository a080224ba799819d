package org.assay.grading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.engine.Grader;
import org.assay.engine.rubric.RubricParser;
import org.assay.rubric.Question;
import org.assay.rubric.RubricVersion;
import org.assay.rubric.TestAttempts;
import org.assay.rubric.TestBanks;
import org.assay.session.Answer;
import org.assay.support.Fixtures;

/** Submitted answers with stored grades, for regrade tests. */
public final class RegradeFixtures {

    public static final List<String> TEXTS = List.of(
            "Each token's query is compared with every key by a scaled dot product; a softmax turns the scores into "
                    + "weights and the output is the weighted sum of the value vectors. Distant words interact "
                    + "directly, and several heads run in parallel.",
            "It computes attention weights with a softmax and uses them to combine the values of the other tokens.",
            "Attention is when the model focuses.");

    private RegradeFixtures() {
    }

    /**
     * Submitted answers to one question, each with a stored grade.
     *
     * @param answerIds the answers, in the order of {@code texts}
     */
    public record Setup(String bank, long questionId, long assessmentId, List<Long> answerIds, List<String> texts) {

        /** The scores the question's current rubric gives the answers. */
        public List<Double> predicted(Grader grader) {
            var content = QuarkusTransaction.requiringNew().call(() -> ((Question) Question.findById(questionId))
                    .currentVersion.content);
            var rubric = new RubricParser().parse("rubric.yaml", content).rubric().orElseThrow();
            return texts.stream().map(text -> grader.grade(rubric, text).score()).toList();
        }
    }

    /** Three submitted answers to q06, each with a stored grade of 0 from an older engine. */
    public static Setup gradedAtZero() {
        var bank = TestBanks.fresh("q06");
        var assessment = TestAttempts.assessment(bank, List.of("q06"));
        var answers = new ArrayList<Long>();
        for (var text : TEXTS) {
            var answer = TestAttempts.submitted(assessment, List.of(text)).get(0);
            Fixtures.grade(TestAttempts.attemptOf(answer), 1, 0, List.of());
            answers.add(answer);
        }
        return new Setup(bank, TestBanks.questionId(bank, "q06"), assessment, answers, TEXTS);
    }

    /** Two submitted attempts at an assessment of q01 and q06, every answer graded. */
    public static Setup twoQuestions() {
        var bank = TestBanks.fresh("q01", "q06");
        var assessment = TestAttempts.assessment(bank, List.of("q01", "q06"));
        var answers = new ArrayList<Long>();
        for (int i = 0; i < 2; i++) {
            var ids = TestAttempts.submitted(assessment, List.of(TEXTS.get(2), TEXTS.get(i)));
            for (int position = 1; position <= ids.size(); position++) {
                Fixtures.grade(TestAttempts.attemptOf(ids.get(0)), position, 1, List.of());
            }
            answers.addAll(ids);
        }
        return new Setup(bank, TestBanks.questionId(bank, "q06"), assessment, answers, List.of());
    }

    public static long gradeCount(Setup setup) {
        return QuarkusTransaction.requiringNew().call(() -> Grade.count("answer.id in ?1", setup.answerIds()));
    }

    /** The answer's grades, oldest first. */
    public static List<Grade> grades(long answerId) {
        return QuarkusTransaction.requiringNew().call(() -> Grade.list("answer.id = ?1 order by id", answerId));
    }

    public static void override(long answerId, double score) {
        Fixtures.override(grades(answerId).get(0).id, score);
    }

    /**
     * A job that regraded the first answer and then stopped, as if its instance had been restarted mid-run.
     *
     * @return the job's id
     */
    public static long interruptedAfter(Setup setup, long first) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var job = new RegradeJob();
            job.scope = RegradeScope.QUESTION;
            job.questionId = setup.questionId();
            job.status = RegradeService.RUNNING;
            job.total = setup.answerIds().size();
            job.done = 1;
            job.cursorAnswerId = first;
            job.createdBy = "admin";
            job.updatedAt = Instant.now();
            job.persist();
            Answer answer = Answer.findById(first);
            var grade = new Grade();
            grade.answer = answer;
            grade.rubricVersion = answer.question.currentVersion;
            grade.engineVersion = Grader.VERSION;
            grade.score = 1;
            grade.maxScore = 10;
            grade.report = "{}";
            grade.regradeJobId = job.id;
            grade.persist();
            return job.id;
        });
    }

    /** A row lock on a job held by another thread, as another instance working on it would hold it. */
    public static final class HeldLock implements AutoCloseable {

        private final CountDownLatch release = new CountDownLatch(1);
        private final Thread holder;

        private HeldLock(long jobId) throws InterruptedException {
            var locked = new CountDownLatch(1);
            holder = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
                RegradeJob.getEntityManager().createNativeQuery("select id from regrade_job where id = ?1 for update")
                        .setParameter(1, jobId).getResultList();
                locked.countDown();
                try {
                    release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            holder.start();
            if (!locked.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The job row could not be locked");
            }
        }

        @Override
        public void close() throws InterruptedException {
            release.countDown();
            holder.join();
        }
    }

    /** Locks the job's row in another transaction until the returned lock is closed. */
    public static HeldLock lock(long jobId) throws InterruptedException {
        return new HeldLock(jobId);
    }

    /** Makes the question's current version one that does not parse; returns the good version's id. */
    public static long breakRubric(Setup setup) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Question question = Question.findById(setup.questionId());
            var good = question.currentVersion.id;
            var broken = new RubricVersion();
            broken.question = question;
            broken.versionNo = 99;
            broken.content = "id: q06\n";
            broken.fingerprint = "broken";
            broken.points = 10;
            broken.author = "test";
            broken.persist();
            question.currentVersion = broken;
            return good;
        });
    }

    public static void restoreRubric(Setup setup, long goodVersionId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Question question = Question.findById(setup.questionId());
            question.currentVersion = RubricVersion.findById(goodVersionId);
        });
    }
}
