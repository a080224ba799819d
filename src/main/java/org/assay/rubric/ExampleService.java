package org.assay.rubric;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.audit.AuditService;
import org.assay.engine.rubric.ExampleKind;
import org.assay.engine.rubric.GradedExample;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricWriter;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.Numbers;

/**
 * Graded examples of a question: answers with the score a person gave them, kept to check a rubric against. Added by
 * hand, from the try-it panel, from a reviewed transcript, or imported from a bank's examples files.
 */
@ApplicationScoped
public class ExampleService {

    public static final String SOURCE_MANUAL = "manual";
    public static final String SOURCE_TRY_IT = "try-it";
    public static final String SOURCE_TRANSCRIPT = "transcript";
    public static final String SOURCE_FILE = "file";
    static final int ANSWER_MAX = 20_000;
    static final String ENTITY = "rubric_example";
    /** Examples with at least this share of the points count as high-scored when looking for tighter phrases. */
    static final double HIGH_SHARE = 0.7;
    /** Examples with at most this share count as low-scored. */
    static final double LOW_SHARE = 0.4;
    private static final String KIND_CHOICES = "Choose one of: " + String.join(", ", ExampleKind.yamlNames()) + ".";

    private final AuthoringEngine engine;
    private final AuditService audit;

    public ExampleService(AuthoringEngine engine, AuditService audit) {
        this.engine = engine;
        this.audit = audit;
    }

    /** Grades every example of the question on the saved rubric and, when given, on the draft. */
    @Transactional
    public ExamplesView evaluate(QuestionRubric saved, Optional<Rubric> draft) {
        List<RubricExample> examples = RubricExample.list("question.id = ?1 order by id", saved.questionId());
        var draftFingerprint = draft.map(RubricWriter::fingerprint).orElse("");
        var rows = examples.stream().map(e -> new ExamplesView.Row(e.id, e.kind == null ? "" : e.kind, e.answer,
                e.source, e.expectedScore, engine.score(saved.rubric(), saved.fingerprint(), e.answer),
                draft.map(r -> engine.score(r, draftFingerprint, e.answer)).orElse(null))).toList();
        var expected = rows.stream().mapToDouble(ExamplesView.Row::expected).toArray();
        var onSaved = ExamplesView.Agreement.of(expected, rows.stream().mapToDouble(ExamplesView.Row::saved)
                .toArray());
        var onDraft = draft.isEmpty() ? null : ExamplesView.Agreement.of(expected,
                rows.stream().mapToDouble(ExamplesView.Row::draft).toArray());
        return new ExamplesView(saved.versionNo(), rows, onSaved, onDraft);
    }

    /**
     * Answers of the question's examples as people scored them: high (at least {@link #HIGH_SHARE} of the points)
     * and low (at most {@link #LOW_SHARE}).
     */
    @Transactional
    public ScoredAnswers scoredAnswers(QuestionRubric question) {
        List<RubricExample> all = RubricExample.list("question.id = ?1 order by id", question.questionId());
        double points = question.rubric().points();
        return new ScoredAnswers(all.stream().filter(e -> e.expectedScore >= HIGH_SHARE * points)
                .map(e -> e.answer).toList(), all.stream().filter(e -> e.expectedScore <= LOW_SHARE * points)
                .map(e -> e.answer).toList());
    }

    /** Example answers scored high and low. */
    public record ScoredAnswers(List<String> high, List<String> low) {
    }

    /** Adds an example typed by an admin or kept from the try-it panel. */
    @Transactional
    public long add(String bankKey, String qid, ExampleInput input, String source, String author) {
        var question = RubricService.question(bankKey, qid);
        double points = question.currentVersion.points;
        var score = FormNumbers.decimal(input.score());
        var kind = kindOf(input.kind());
        var errors = new FormErrors.Builder()
                .addIf(input.answer().isBlank(), "exampleAnswer", "Type the answer to keep as an example.")
                .addIf(input.answer().length() > ANSWER_MAX, "exampleAnswer",
                        "An example answer may have at most " + ANSWER_MAX + " characters.")
                .addIf(score.isEmpty() || score.getAsDouble() < 0 || score.getAsDouble() > points, "exampleScore",
                        "Enter the score a person would give, from 0 to " + Numbers.exact(points) + ".")
                .addIf(unknownKind(kind), "exampleKind", KIND_CHOICES)
                .build();
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        var example = new RubricExample();
        example.question = question;
        example.answer = input.answer().strip();
        example.expectedScore = score.getAsDouble();
        example.kind = kind.isEmpty() ? inferKind(example.expectedScore, points).yamlName() : kind;
        example.source = source;
        example.rubricVersion = question.currentVersion;
        example.createdBy = author;
        example.persist();
        audit.record(author, "example.added", ENTITY, example.id, null, describe(example));
        return example.id;
    }

    @Transactional
    public void delete(String bankKey, String qid, long exampleId, String author) {
        var question = RubricService.question(bankKey, qid);
        RubricExample example = RubricExample.find("id = ?1 and question = ?2", exampleId, question)
                .firstResult();
        if (example == null) {
            throw new NotFoundException("Question " + qid + " has no example " + exampleId + ".");
        }
        audit.record(author, "example.deleted", ENTITY, example.id, describe(example), null);
        example.delete();
    }

    /**
     * Checks what a kept transcript answer must satisfy on the examples' side: it is not an example already, and its
     * kind, when given, is one of the kinds of examples files.
     */
    public void checkTranscriptAnswer(long answerId, String kind, FormErrors.Builder errors) {
        errors.addIf(RubricExample.count("answerId", answerId) > 0, "answerId", "This answer is already an example.")
                .addIf(unknownKind(kindOf(kind)), "kind", KIND_CHOICES);
    }

    /**
     * Keeps an answer from a transcript as an example of its question, checked first with
     * {@link #checkTranscriptAnswer}.
     *
     * @param scoredUnder the rubric version the answer was graded and reviewed under, which the example is pinned to
     * @param kind the example's kind as written in examples files; blank to decide from the score
     * @return the kind the example was given
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String keepTranscriptAnswer(Question question, RubricVersion scoredUnder, long answerId, String text,
            double expectedScore, String kind, String author) {
        var chosenKind = kindOf(kind);
        var example = new RubricExample();
        example.question = question;
        example.answer = text.length() > ANSWER_MAX ? text.substring(0, ANSWER_MAX) : text;
        example.expectedScore = expectedScore;
        example.kind = chosenKind.isEmpty() ? inferKind(expectedScore, question.currentVersion.points).yamlName()
                : chosenKind;
        example.source = SOURCE_TRANSCRIPT;
        example.rubricVersion = scoredUnder;
        example.answerId = answerId;
        example.createdBy = author;
        example.persist();
        audit.record(author, "example.added", ENTITY, example.id, null, describe(example));
        return example.kind;
    }

    /**
     * The tolerance written to an examples file, which the bank's regression test checks: its own, or the default
     * share of the question's points. The pages use {@link ExamplesView#agrees} instead.
     */
    public static double tolerance(RubricExample example, double points) {
        return example.tolerance != null ? example.tolerance : GradedExample.defaultTolerance(points);
    }

    /** A kind for an example that has none, from its score: most points excellent, some partial, few minimal. */
    public static ExampleKind inferKind(double score, double points) {
        double share = points > 0 ? score / points : 0;
        return share >= 0.85 ? ExampleKind.EXCELLENT : share >= 0.4 ? ExampleKind.PARTIAL : ExampleKind.MINIMAL;
    }

    private static String kindOf(String typed) {
        return typed == null ? "" : typed.strip();
    }

    private static boolean unknownKind(String kind) {
        return !kind.isEmpty() && ExampleKind.fromYaml(kind).isEmpty();
    }

    private static String describe(RubricExample example) {
        return example.question.qid + " " + example.kind + " " + Numbers.exact(example.expectedScore) + ": "
                + example.answer;
    }
}
