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
import org.assay.engine.examples.Examined;
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

    private static final int REMEMBERED_EXAMPLES = 20_000;

    private final Grader grader;
    private final RubricCache rubrics;
    private final Map<Long, Learned> learned = new ConcurrentHashMap<>();
    private final Map<Long, Learned> previewed = new ConcurrentHashMap<>();
    /** Examples already graded, by rubric version and text, so a bank's model is learned again without regrading. */
    private final Map<String, Examined> examinedBefore = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Examined> eldest) {
            return size() > REMEMBERED_EXAMPLES;
        }
    };

    /** A bank's model, the sources it was learned from and each source as its rubric graded it (by qid and id). */
    private record Learned(List<Source> sources, ExamplesModel model, Map<String, Examined> examined) {
    }

    /**
     * One example graded with itself (and its attempt's other answers) left out of its neighbours and of the fit.
     *
     * @param human the person's score
     * @param rubric the rubric's score
     * @param withExamples the score with the other examples as evidence
     */
    public record LeftOut(String id, double human, double rubric, double withExamples) {
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

    /**
     * The grade of an answer that belongs to no attempt, such as one typed into try-it: the rubric's, moved by the
     * question's examples when the bank uses them and they were scored under {@code rubric}.
     */
    public GradeReport gradeUnsaved(long bankId, String qid, Rubric rubric, String text) {
        ExamplesModel model = model(bankId);
        if (model.question(qid).isEmpty()) {
            return grader.grade(rubric, text);
        }
        return model.apply(qid, grader.examine(rubric, text), Exclusion.NONE);
    }

    /**
     * Each of the question's examples graded with the others as evidence, itself left out, as grading would with the
     * channel on, whether or not the bank has turned it on. Empty when the question has no examples under its current
     * rubric version.
     */
    public List<LeftOut> leaveOneOut(long bankId, String qid) {
        Snapshot snapshot = QuarkusTransaction.requiringNew().call(() -> snapshot(bankId, true));
        Learned known = learned.get(bankId);
        if (known == null || !known.sources().equals(snapshot.sources())) {
            known = learned(previewed, bankId, snapshot);
        }
        List<LeftOut> out = new ArrayList<>();
        for (Source s : known.sources()) {
            if (s.qid().equals(qid)) {
                Examined examined = known.examined().get(key(s));
                var report = known.model().apply(qid, examined, new Exclusion(s.id(), s.group()));
                out.add(new LeftOut(s.id(), s.score(), examined.report().score(), report.score()));
            }
        }
        return out;
    }

    /** How many scored answers of the question serve as its examples under its current rubric version. */
    public int count(long questionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Question question = Question.findById(questionId);
            return question == null || question.currentVersion == null ? 0
                    : sources(question, question.bank.overridesAsExamples).size();
        });
    }

    /** Whether the question has examples that move grades under its current rubric. */
    public boolean hasExamples(long bankId, String qid) {
        return model(bankId).question(qid).isPresent();
    }

    /** The bank's model, learned again when its sources changed. */
    ExamplesModel model(long bankId) {
        Snapshot snapshot = QuarkusTransaction.requiringNew().call(() -> snapshot(bankId, false));
        return learned(learned, bankId, snapshot).model();
    }

    private Learned learned(Map<Long, Learned> cache, long bankId, Snapshot snapshot) {
        Learned known = cache.get(bankId);
        if (known != null && known.sources().equals(snapshot.sources())) {
            return known;
        }
        Learned fitted = fit(snapshot);
        cache.put(bankId, fitted);
        return fitted;
    }

    private static String key(Source s) {
        return s.qid() + "\u0000" + s.id();
    }

    private Examined examine(Source s, Rubric rubric) {
        String key = s.versionId() + "\n" + s.answer();
        synchronized (examinedBefore) {
            Examined known = examinedBefore.get(key);
            if (known != null) {
                return known;
            }
        }
        Examined examined = grader.examine(rubric, s.answer());
        synchronized (examinedBefore) {
            examinedBefore.put(key, examined);
        }
        return examined;
    }

    private Learned fit(Snapshot snapshot) {
        Map<String, List<PreparedExample>> byQid = new LinkedHashMap<>();
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, Examined> examinedByKey = new LinkedHashMap<>();
        for (Source s : snapshot.sources()) {
            Rubric rubric = snapshot.rubrics().get(s.qid());
            var examined = examine(s, rubric);
            examinedByKey.put(key(s), examined);
            versions.putIfAbsent(s.qid(), examined.report().rubricVersion());
            byQid.computeIfAbsent(s.qid(), q -> new ArrayList<>()).add(new PreparedExample(
                    new ScoredExample(s.id(), s.source(), s.group(), s.answer(), s.score(), s.note()),
                    examined.features()));
        }
        List<QuestionExamples> questions = new ArrayList<>();
        byQid.forEach((qid, list) -> questions.add(new QuestionExamples(qid, versions.get(qid),
                snapshot.rubrics().get(qid).points(), list)));
        return new Learned(snapshot.sources(), ExamplesModel.fit(questions, ExampleSettings.DEFAULT),
                Map.copyOf(examinedByKey));
    }

    /** The bank's current rubrics and examples; none when it does not use them, unless {@code always}. */
    private Snapshot snapshot(long bankId, boolean always) {
        QuestionBank bank = QuestionBank.findById(bankId);
        Map<String, Rubric> current = new LinkedHashMap<>();
        List<Source> sources = new ArrayList<>();
        if (bank == null || !bank.examplesAsEvidence && !always) {
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
