package org.assay.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.engine.Grader;
import org.assay.engine.examples.ExampleSettings;
import org.assay.engine.examples.ExamplesModel;
import org.assay.engine.examples.Exclusion;
import org.assay.engine.examples.PreparedExample;
import org.assay.engine.examples.QuestionExamples;
import org.assay.engine.examples.ScoredExample;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;
import org.assay.rubric.ExampleService;
import org.assay.rubric.Question;
import org.assay.rubric.QuestionBank;
import org.assay.rubric.RubricCache;
import org.assay.rubric.RubricExample;
import org.assay.session.Answer;

/**
 * Grades answers with their question's scored examples as evidence beside the rubric, in banks that turn it on: the
 * examples of the question (from its examples file, added by hand or kept from transcripts) and, when the bank also
 * opts in, reviewers' overrides.
 * Only examples scored under the question's current rubric version count, and never the answer's own attempt. The
 * model learned from a bank's examples is kept until its examples or rubrics change.
 */
@ApplicationScoped
public class GradingExamples {

    private final Grader grader;
    private final RubricCache rubrics;
    private final Map<Long, Learned> learned = new ConcurrentHashMap<>();

    /** A bank's model and the sources it was learned from. */
    private record Learned(List<Source> sources, ExamplesModel model) {
    }

    /** One scored answer of a question, read from the database. */
    record Source(String qid, long versionId, String id, String source, String group, String answer, double score,
            String note) {
    }

    /** What a bank's questions are graded against: each question's current rubric and its sources. */
    private record Snapshot(Map<String, Rubric> rubrics, List<Source> sources) {
    }

    public GradingExamples(Grader grader, RubricCache rubrics) {
        this.grader = grader;
        this.rubrics = rubrics;
    }

    /** The group that keeps the answers of one attempt from serving as each other's examples. */
    static String attemptGroup(long attemptId) {
        return "attempt " + attemptId;
    }

    /**
     * The grade of an answer: the rubric's, moved by the question's examples when it has any scored under the
     * rubric being graded with.
     *
     * @param bankId the question's bank
     * @param qid the question
     * @param answerId the answer, never its own example
     * @param attemptId its attempt, whose other answers are never its examples
     * @param rubric the rubric to grade with
     * @param text the answer
     */
    public GradeReport grade(long bankId, String qid, long answerId, long attemptId, Rubric rubric, String text) {
        ExamplesModel model = model(bankId);
        if (model.question(qid).isEmpty()) {
            return grader.grade(rubric, text);
        }
        return model.apply(qid, grader.examine(rubric, text),
                new Exclusion("answer " + answerId, attemptGroup(attemptId)));
    }

    /** Whether the question has examples that move grades under its current rubric. */
    public boolean hasExamples(long bankId, String qid) {
        return model(bankId).question(qid).isPresent();
    }

    /** The bank's model, learned again when its sources changed. */
    ExamplesModel model(long bankId) {
        Snapshot snapshot = QuarkusTransaction.requiringNew().call(() -> snapshot(bankId));
        Learned known = learned.get(bankId);
        if (known != null && known.sources().equals(snapshot.sources())) {
            return known.model();
        }
        ExamplesModel model = fit(snapshot);
        learned.put(bankId, new Learned(snapshot.sources(), model));
        return model;
    }

    private ExamplesModel fit(Snapshot snapshot) {
        Map<String, List<PreparedExample>> byQid = new LinkedHashMap<>();
        Map<String, String> versions = new LinkedHashMap<>();
        for (Source s : snapshot.sources()) {
            Rubric rubric = snapshot.rubrics().get(s.qid());
            var examined = grader.examine(rubric, s.answer());
            versions.putIfAbsent(s.qid(), examined.report().rubricVersion());
            byQid.computeIfAbsent(s.qid(), q -> new ArrayList<>()).add(new PreparedExample(
                    new ScoredExample(s.id(), s.source(), s.group(), s.answer(), s.score(), s.note()),
                    examined.features()));
        }
        List<QuestionExamples> questions = new ArrayList<>();
        byQid.forEach((qid, list) -> questions.add(new QuestionExamples(qid, versions.get(qid),
                snapshot.rubrics().get(qid).points(), list)));
        return ExamplesModel.fit(questions, ExampleSettings.DEFAULT);
    }

    private Snapshot snapshot(long bankId) {
        QuestionBank bank = QuestionBank.findById(bankId);
        Map<String, Rubric> current = new LinkedHashMap<>();
        List<Source> sources = new ArrayList<>();
        if (bank == null || !bank.examplesAsEvidence) {
            return new Snapshot(current, sources);
        }
        for (Question question : Question.listByBank(bank)) {
            var version = question.currentVersion;
            var rubric = version == null ? null : rubrics.rubric(version).orElse(null);
            if (rubric == null) {
                continue;
            }
            current.put(question.qid, rubric);
            sources.addAll(sources(question, bank.overridesAsExamples));
        }
        return new Snapshot(current, sources);
    }

    /** The question's examples scored under its current rubric version, then its overrides when they count. */
    static List<Source> sources(Question question, boolean overrides) {
        var version = question.currentVersion;
        List<Source> sources = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        for (RubricExample e : RubricExample.listByQuestion(question)) {
            if (e.rubricVersion != null && !Objects.equals(e.rubricVersion.id, version.id)) {
                continue;
            }
            String group = "";
            if (e.answerId != null) {
                Answer from = Answer.findById(e.answerId);
                group = from == null ? "" : attemptGroup(from.attempt.id);
                kept.add(e.answerId);
            }
            sources.add(new Source(question.qid, version.id, String.valueOf(e.id), describe(e.source), group,
                    e.answer, e.expectedScore, e.kind == null ? "" : e.kind.replace('_', ' ')));
        }
        if (overrides) {
            List<ScoreOverride> current = ScoreOverride.list("""
                    answer.question = ?1 and answer.rubricVersion = ?2 and id = (select max(o.id) from ScoreOverride o
                    where o.answer = answer) order by id""", question, version);
            for (ScoreOverride o : current) {
                if (!kept.contains(o.answer.id) && !o.answer.text.isBlank()) {
                    sources.add(new Source(question.qid, version.id, "override of answer " + o.answer.id,
                            ScoredExample.OVERRIDE, attemptGroup(o.answer.attempt.id), o.answer.text, o.score,
                            o.reason));
                }
            }
        }
        return sources;
    }

    private static String describe(String source) {
        return switch (source) {
            case ExampleService.SOURCE_FILE -> ScoredExample.EXAMPLES_FILE;
            case ExampleService.SOURCE_TRANSCRIPT -> ScoredExample.KEPT_ANSWER;
            case ExampleService.SOURCE_TRY_IT -> "kept from try-it";
            default -> "added by hand";
        };
    }
}
