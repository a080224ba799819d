package org.assay.grading;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.assessment.Assessment;
import org.assay.audit.AuditService;
import org.assay.engine.Grader;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;
import org.assay.rubric.Question;
import org.assay.rubric.RubricCache;
import org.assay.session.Answer;
import org.assay.web.AssayConfig;

/**
 * Regrades submitted answers against their question's current rubric: a dry run that saves nothing, then a job that
 * works through the answers in batches. A regrade only adds grade rows (marked with the job); earlier grades and
 * reviewers' overrides are never changed. Progress is saved after every batch, so a job resumes where it stopped,
 * on whichever instance picks it up next.
 */
@ApplicationScoped
public class RegradeService {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    static final String ENTITY = "regrade_job";

    private final RubricCache rubrics;
    private final GradingService grading;
    private final AuditService audit;
    private final AssayConfig config;
    private final AttemptScores scores;
    private final GradingExamples examples;

    public RegradeService(RubricCache rubrics, GradingService grading, AuditService audit,
            AssayConfig config, AttemptScores scores, GradingExamples examples) {
        this.examples = examples;
        this.scores = scores;
        this.rubrics = rubrics;
        this.grading = grading;
        this.audit = audit;
        this.config = config;
    }

    /** Grades the answers in scope (up to the preview limit) without saving anything. */
    @Transactional
    public RegradePreview preview(RegradeScope scope) {
        return preview(scope, config.regrade().previewAnswers(), config.regrade().previewLargest());
    }

    /**
     * A dry run on at most {@code answers} answers, listing at most {@code listed} of the largest changes. The
     * answers are read in a short transaction and graded after it, so a large preview cannot outlast the transaction
     * timeout.
     */
    public RegradePreview preview(RegradeScope scope, int answers, int listed) {
        var read = QuarkusTransaction.requiringNew().call(() -> new PreviewInput(label(scope), scope.count(),
                scope.first(answers).stream().map(this::previewed).toList(),
                unfinished(scope).map(job -> job.id).orElse(0L)));
        var changes = read.answers().stream().map(a -> new RegradeChange(a.answerId(), a.attemptId(), a.qid(),
                a.before(), examples.grade(a.bankId(), a.qid(), a.answerId(), a.attemptId(), a.rubric(), a.text())
                        .score(), a.overridden())).toList();
        var largest = changes.stream().filter(RegradeChange::changed)
                .sorted(Comparator.comparingDouble((RegradeChange c) -> -Math.abs(c.delta())))
                .limit(listed).toList();
        return new RegradePreview(scope, read.label(), read.total(), changes.size(),
                (int) changes.stream().filter(RegradeChange::changed).count(),
                (int) changes.stream().filter(RegradeChange::overridden).count(), largest, read.runningJob());
    }

    /** What a preview reads from the database before grading. */
    private record PreviewInput(String label, long total, List<PreviewedAnswer> answers, long runningJob) {
    }

    private record PreviewedAnswer(long answerId, long attemptId, String qid, String text, Rubric rubric,
            double before, boolean overridden, long bankId) {
    }

    /** Queues a job for the scope, or returns the unfinished one already there. */
    @Transactional
    public long start(RegradeScope scope, String author) {
        var label = label(scope);
        var running = unfinished(scope);
        if (running.isPresent()) {
            return running.get().id;
        }
        var job = new RegradeJob();
        job.scope = scope.kind();
        job.questionId = scope.kind().equals(RegradeScope.QUESTION) ? scope.id() : null;
        job.assessmentId = scope.kind().equals(RegradeScope.ASSESSMENT) ? scope.id() : null;
        job.status = QUEUED;
        job.total = (int) scope.count();
        job.createdBy = author;
        job.updatedAt = job.createdAt;
        job.persist();
        audit.record(author, "regrade.started", ENTITY, job.id, null, label + ": " + job.total + " answers");
        return job.id;
    }

    /** Jobs waiting or under way, oldest first. */
    @Transactional
    public List<Long> pendingJobs() {
        return RegradeJob.<RegradeJob>list("status in ?1 order by id", List.of(QUEUED, RUNNING)).stream()
                .map(job -> job.id).toList();
    }

    /**
     * Regrades the job's next batch of answers, holding the job's row lock; another instance that holds the lock
     * already makes this return at once ({@code SKIP LOCKED}).
     *
     * @return true when the job has answers left
     */
    @Transactional
    public boolean runBatch(long jobId) {
        return runBatch(jobId, config.regrade().batchSize());
    }

    /** {@link #runBatch(long)} with a batch of at most {@code batchSize} answers. */
    @Transactional
    public boolean runBatch(long jobId, int batchSize) {
        var locked = RegradeJob.getEntityManager().createNativeQuery(
                "select id from regrade_job where id = ?1 and status in ('QUEUED', 'RUNNING') for update skip locked")
                .setParameter(1, jobId).getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        RegradeJob job = RegradeJob.findById(jobId);
        var scope = new RegradeScope(job.scope, job.scope.equals(RegradeScope.QUESTION) ? job.questionId
                : job.assessmentId);
        var batch = scope.answersAfter(job.cursorAnswerId).page(0, batchSize).list();
        for (var answer : batch) {
            job.changed += regrade(answer, job.id) ? 1 : 0;
            job.done++;
            job.cursorAnswerId = answer.id;
        }
        job.status = RUNNING;
        job.updatedAt = Instant.now();
        if (batch.size() < batchSize) {
            job.status = DONE;
            job.finishedAt = job.updatedAt;
            job.total = Math.max(job.total, job.done);
            audit.record(job.createdBy, "regrade.finished", ENTITY, job.id, null,
                    job.done + " answers regraded, " + job.changed + " changed");
            Log.infof("Regrade job %d finished: %d answers, %d changed", job.id, job.done, job.changed);
            return false;
        }
        return true;
    }

    /** Marks a job failed, keeping its progress so it can be resumed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long jobId, Exception cause) {
        RegradeJob job = RegradeJob.findById(jobId);
        if (job != null) {
            job.status = FAILED;
            job.updatedAt = Instant.now();
            var message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            job.error = message.length() > 2000 ? message.substring(0, 2000) : message;
            Log.errorf(cause, "Regrade job %d failed after answer %d", jobId, job.cursorAnswerId);
        }
    }

    /** Puts a failed job back in the queue; it carries on after the last answer it finished. */
    @Transactional
    public void resume(long jobId, String author) {
        var job = find(jobId);
        if (FAILED.equals(job.status)) {
            job.status = QUEUED;
            job.error = null;
            job.updatedAt = Instant.now();
            audit.record(author, "regrade.resumed", ENTITY, job.id, null, "from answer " + job.cursorAnswerId);
        }
    }

    @Transactional
    public RegradeJobView job(long jobId) {
        return view(find(jobId));
    }

    /** The latest jobs, without their changes (the list does not show them). */
    @Transactional
    public List<RegradeJobView> jobs(int limit) {
        return RegradeJob.<RegradeJob>find("order by id desc").page(0, limit).list().stream()
                .map(job -> view(job, List.of())).toList();
    }

    /** An assessment that can be regraded, for the jobs page. */
    public record AssessmentOption(long id, String title) {
    }

    @Transactional
    public List<AssessmentOption> assessments() {
        return Assessment.<Assessment>list("order by title").stream()
                .map(a -> new AssessmentOption(a.id, a.title)).toList();
    }

    /** Grades one answer on its question's current rubric and adds a grade unless the current one is already that. */
    private boolean regrade(Answer answer, long jobId) {
        var version = answer.question.currentVersion;
        var current = Grade.findCurrent(answer);
        long bankId = answer.question.bank.id;
        boolean same = current.isPresent() && current.get().rubricVersion.id.equals(version.id)
                && current.get().engineVersion.equals(Grader.VERSION);
        if (same && !examples.hasExamples(bankId, answer.question.qid)) {
            return false;
        }
        var rubric = rubrics.rubric(version).orElseThrow(() -> new IllegalStateException(
                "The current rubric of question " + answer.question.qid + " does not parse"));
        GradeReport report = examples.grade(bankId, answer.question.qid, answer.id, answer.attempt.id, rubric,
                answer.text);
        if (same && Math.abs(current.get().score - report.score()) <= 1e-9) {
            return false;
        }
        grading.record(answer, version, report, jobId);
        return current.isEmpty() || Math.abs(current.get().score - report.score()) > 1e-9;
    }

    private PreviewedAnswer previewed(Answer answer) {
        var current = scores.answer(answer.id);
        var rubric = rubrics.rubric(answer.question.currentVersion).orElseThrow(() -> new ClientErrorException(
                "The current rubric of question " + answer.question.qid + " does not parse; open it in the editor, "
                        + "fix the problems it lists and save a new version before regrading.", 409));
        return new PreviewedAnswer(answer.id, answer.attempt.id, answer.question.qid, answer.text, rubric,
                current.graded() ? current.automatic() : Double.NaN, current.overridden(), answer.question.bank.id);
    }

    private RegradeJobView view(RegradeJob job) {
        return view(job, largestChanges(job));
    }

    private RegradeJobView view(RegradeJob job, List<RegradeChange> largest) {
        var scope = new RegradeScope(job.scope, job.questionId != null ? job.questionId : job.assessmentId);
        return new RegradeJobView(job.id, label(scope), job.status, job.total, job.done, job.changed, job.createdBy,
                job.createdAt, job.finishedAt, job.error, largest);
    }

    /**
     * The job's largest score changes, from one query of plain columns (the job page reloads while the job runs, so
     * neither reports nor entities are loaded for every grade); overrides are looked up for the few shown.
     */
    private List<RegradeChange> largestChanges(RegradeJob job) {
        List<Object[]> rows = Grade.getEntityManager().createQuery("""
                select g.answer.id, g.answer.attempt.id, g.answer.question.qid, g.score,
                    (select p.score from Grade p where p.answer = g.answer and p.id =
                        (select max(q.id) from Grade q where q.answer = g.answer and q.id < g.id))
                from Grade g where g.regradeJobId = ?1""", Object[].class).setParameter(1, job.id).getResultList();
        return rows.stream().map(row -> new RegradeChange((Long) row[0], (Long) row[1], (String) row[2],
                row[4] == null ? Double.NaN : ((Number) row[4]).doubleValue(), ((Number) row[3]).doubleValue(), false))
                .filter(RegradeChange::changed)
                .sorted(Comparator.comparingDouble((RegradeChange c) -> -Math.abs(c.delta())))
                .limit(config.regrade().previewLargest())
                .map(c -> new RegradeChange(c.answerId(), c.attemptId(), c.qid(), c.before(), c.after(),
                        scores.answer(c.answerId()).overridden()))
                .toList();
    }

    private static Optional<RegradeJob> unfinished(RegradeScope scope) {
        var column = scope.kind().equals(RegradeScope.QUESTION) ? "questionId" : "assessmentId";
        return RegradeJob.find("scope = ?1 and " + column + " = ?2 and status in ?3 order by id", scope.kind(),
                scope.id(), List.of(QUEUED, RUNNING, FAILED)).firstResultOptional();
    }

    private static String label(RegradeScope scope) {
        if (scope.kind().equals(RegradeScope.QUESTION)) {
            Question question = Question.<Question>findByIdOptional(scope.id())
                    .orElseThrow(() -> new NotFoundException("There is no question " + scope.id() + "."));
            return "Question " + question.qid + " (" + question.title + ") of " + question.bank.title;
        }
        Assessment assessment = Assessment.<Assessment>findByIdOptional(scope.id())
                .orElseThrow(() -> new NotFoundException("There is no assessment " + scope.id() + "."));
        return "Assessment " + assessment.title;
    }

    private static RegradeJob find(long jobId) {
        return RegradeJob.<RegradeJob>findByIdOptional(jobId)
                .orElseThrow(() -> new NotFoundException("There is no regrade job " + jobId + "."));
    }
}
