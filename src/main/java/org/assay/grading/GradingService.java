package org.assay.grading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

import org.assay.engine.ChannelFailure;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;
import org.assay.rubric.RubricCache;
import org.assay.rubric.RubricVersion;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.web.AssayConfig;
import org.assay.web.Backoff;

/**
 * Grades submitted answers against the rubric version each answer was pinned to when the attempt started. Each answer
 * is graded on its own, outside any transaction that a candidate's request could wait on: one answer that cannot be
 * graded never holds back the others, and is stored as failed with its reason.
 */
@ApplicationScoped
public class GradingService {

    /** Longest failure reason kept; stack traces stay in the log. */
    private static final int REASON_CHARS = 1_000;

    private final RubricCache rubrics;
    private final ObjectMapper json;
    private final AssayConfig config;
    private final SimilarAnswerCheck similar;
    private final Event<AttemptGraded> graded;
    private final GradingExamples examples;

    public GradingService(RubricCache rubrics, ObjectMapper json, AssayConfig config,
            SimilarAnswerCheck similar, GradingExamples examples, Event<AttemptGraded> graded) {
        this.graded = graded;
        this.examples = examples;
        this.rubrics = rubrics;
        this.json = json;
        this.config = config;
        this.similar = similar;
    }

    /** Queues every answer of a just-submitted attempt, in the submitting transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long attemptId) {
        var now = Instant.now();
        GradingTask.getEntityManager().createNativeQuery("""
                insert into grading_task (answer_id, tries, next_try_at, created_at)
                select a.id, 0, :now, :now from answer a where a.attempt_id = :attempt
                and not exists (select 1 from grade g where g.answer_id = a.id)
                and not exists (select 1 from grading_task t where t.answer_id = a.id)""")
                .setParameter("now", now).setParameter("attempt", attemptId).executeUpdate();
    }

    /**
     * Claims up to {@code limit} answers that are due, for this worker, in a transaction of its own. A claim is a
     * conditional update, so two instances never claim the same answer.
     */
    public List<Long> claim(int limit, String worker) {
        return claim(limit, worker, Instant.now());
    }

    /** As {@link #claim(int, String)}, at a given time (tests look ahead of the running worker). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> claim(int limit, String worker, Instant now) {
        List<GradingTask> due = GradingTask.<GradingTask>find("""
                nextTryAt <= ?1 and (claimedUntil is null or claimedUntil < ?1) order by nextTryAt, answerId""", now)
                .page(0, limit).list();
        var claimed = new ArrayList<Long>();
        var until = now.plus(config.grading().claim());
        for (GradingTask task : due) {
            int rows = GradingTask.update("claimedUntil = ?1, claimedBy = ?2 where answerId = ?3"
                    + " and (claimedUntil is null or claimedUntil < ?4)", until, worker, task.answerId, now);
            if (rows == 1) {
                claimed.add(task.answerId);
            }
        }
        return claimed;
    }

    /** Grades one claimed answer and stores the grade, or the failure; never throws. */
    public void gradeClaimed(long answerId, String worker) {
        try {
            var work = load(answerId);
            if (work.isEmpty()) {
                return;
            }
            var w = work.get();
            var report = examples.grade(w.bankId(), w.qid(), answerId, w.attemptId(), w.rubric(), w.text());
            if (store(answerId, worker, report)) {
                similar.check(answerId);
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            Log.errorf(e, "Grading answer %d failed", answerId);
            fail(answerId, worker, reason(e));
        }
    }

    private record Work(String text, Rubric rubric, long bankId, String qid, long attemptId) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<Work> load(long answerId) {
        Answer answer = Answer.findById(answerId);
        if (answer == null || Grade.findCurrent(answer).isPresent()) {
            GradingTask.deleteById(answerId);
            return Optional.empty();
        }
        var rubric = rubrics.rubric(answer.rubricVersion);
        if (rubric.isEmpty()) {
            throw new IllegalStateException("The rubric version " + answer.rubricVersion.id
                    + " this answer was given under cannot be read");
        }
        return Optional.of(new Work(answer.text, rubric.get(), answer.question.bank.id, answer.question.qid,
                answer.attempt.id));
    }

    /** Stores the grade of a claimed answer; false when another instance took the answer over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean store(long answerId, String worker, GradeReport report) {
        var task = GradingTask.<GradingTask>findByIdOptional(answerId);
        if (task.isEmpty() || !worker.equals(task.get().claimedBy)) {
            return false; // another instance took the answer over after this claim ran out
        }
        Answer answer = Answer.findById(answerId);
        // Locked before the task row, as a reviewer's retry does, so the two never wait on each other
        Attempt.findById(answer.attempt.id, LockModeType.PESSIMISTIC_WRITE);
        if (Grade.findCurrent(answer).isEmpty()) {
            record(answer, answer.rubricVersion, report, null);
        }
        task.get().delete();
        announceIfGraded(answer.attempt.id);
        return true;
    }

    /**
     * Fires {@link AttemptGraded} when no answer of the attempt waits for grading any more. The caller holds the
     * attempt's row lock, so of two instances storing the last two grades at once exactly one sees the queue empty.
     */
    private void announceIfGraded(long attemptId) {
        long waiting = GradingTask.getEntityManager().createQuery("select count(t) from GradingTask t, Answer a"
                + " where t.answerId = a.id and a.attempt.id = :attempt", Long.class)
                .setParameter("attempt", attemptId).getSingleResult();
        if (waiting == 0) {
            graded.fire(new AttemptGraded(attemptId));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void fail(long answerId, String worker, String reason) {
        GradingTask.<GradingTask>findByIdOptional(answerId).ifPresent(task -> {
            task.tries++;
            task.lastError = reason;
            task.failedAt = Instant.now();
            task.claimedUntil = null;
            task.claimedBy = null;
            task.nextTryAt = task.tries < config.grading().maxTries()
                    ? task.failedAt.plus(backoff(task.tries)) : null;
        });
    }

    /** The wait before the next try: the first delay, four times longer after each failure. */
    Duration backoff(int tries) {
        return Backoff.after(config.grading().retryDelay(), 4, tries, 10, null);
    }

    /**
     * Puts a failed answer back in the queue at once, for a person's "retry grading".
     *
     * @return false when the answer is not waiting to be graded
     */
    @Transactional
    public boolean retry(long answerId) {
        return GradingTask.<GradingTask>findByIdOptional(answerId).map(task -> {
            task.nextTryAt = Instant.now();
            task.tries = 0;
            return true;
        }).orElse(false);
    }

    /**
     * @param waiting submitted answers with no grade yet: queued, being graded or failed
     * @param failed those whose last try failed
     */
    public record Queue(long waiting, long failed) {
    }

    /** The grading queue's size, shared by every instance. */
    @Transactional
    public Queue queue() {
        return new Queue(GradingTask.count(), GradingTask.count("lastError is not null"));
    }

    /**
     * Stores the engine's report as a new grade of the answer; grades are only ever added.
     *
     * @param regradeJobId the regrade job that produced it, or null for grading at submit
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Grade record(Answer answer, RubricVersion version, GradeReport report, Long regradeJobId) {
        var grade = Grade.of(answer, version, report, toJson(report));
        grade.regradeJobId = regradeJobId;
        grade.persist();
        return grade;
    }

    private String toJson(GradeReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A grade report could not be written as JSON", e);
        }
    }

    private static String reason(Throwable e) {
        var text = ChannelFailure.reasonOf(e);
        return text.length() <= REASON_CHARS ? text : text.substring(0, REASON_CHARS) + "…";
    }
}
