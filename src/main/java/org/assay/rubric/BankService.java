package org.assay.rubric;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.audit.AuditService;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricWriter;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/** Question banks: list them, look inside one, create a bank or a question from scratch. */
@ApplicationScoped
public class BankService {

    /** Ids of banks and questions: safe in URLs and file names, as the rubric format requires. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    static final String ID_RULE = "Use lower-case letters, digits, '-' and '_', starting with a letter or digit "
            + "(at most 64).";
    static final int MAX_MINUTES = 1440;
    static final double MAX_POINTS = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final RubricCheck check;
    private final AuthoringEngine engine;
    private final AuditService audit;

    public BankService(RubricCheck check, AuthoringEngine engine, AuditService audit) {
        this.check = check;
        this.engine = engine;
        this.audit = audit;
    }

    @Transactional
    public List<BankRow> list() {
        return QuestionBank.<QuestionBank>list("order by title").stream().map(BankService::row).toList();
    }

    @Transactional
    public Optional<BankView> bank(String key) {
        return QuestionBank.findByKey(key).map(bank -> new BankView(row(bank), settings(bank),
                Question.listByBank(bank).stream().filter(q -> q.currentVersion != null).map(q -> new QuestionRow(
                        q.qid, q.title, q.currentVersion.points, q.currentVersion.versionNo,
                        DAY.format(q.currentVersion.createdAt), q.currentVersion.author,
                        RubricExample.count("question", q))).toList()));
    }

    /** The bank's grading settings. */
    @Transactional
    public Optional<BankSettings> settings(String key) {
        return QuestionBank.findByKey(key).map(BankService::settings);
    }

    /**
     * Turns the examples channel and overrides as examples on or off; a null leaves that setting as it is. Stored
     * grades keep their scores: only new grades and a regrade use the new settings.
     */
    @Transactional
    public BankSettings changeSettings(String key, BankSettings change, String author) {
        var bank = QuestionBank.findByKey(key)
                .orElseThrow(() -> new NotFoundException("There is no bank " + key + "."));
        var before = settings(bank);
        bank.examplesAsEvidence = change.examplesAsEvidence() == null ? bank.examplesAsEvidence
                : change.examplesAsEvidence();
        bank.overridesAsExamples = change.overridesAsExamples() == null ? bank.overridesAsExamples
                : change.overridesAsExamples();
        var after = settings(bank);
        if (!after.equals(before)) {
            audit.record(author, "bank.settings_changed", "question_bank", bank.id, before.describe(),
                    after.describe());
        }
        return after;
    }

    private static BankSettings settings(QuestionBank bank) {
        return new BankSettings(bank.examplesAsEvidence, bank.overridesAsExamples);
    }

    /** Where a question is, by its database id. */
    @Transactional
    public Optional<QuestionRef> locate(long questionId) {
        return Question.<Question>findByIdOptional(questionId).map(q -> new QuestionRef(q.bank.key, q.qid));
    }

    /** Creates an empty bank; questions are added one by one or imported. */
    @Transactional
    public String create(NewBank form, String author) {
        var key = form.key().strip();
        var minutes = FormNumbers.whole(form.timeLimitMinutes());
        var errors = new FormErrors.Builder()
                .addIf(!ID.matcher(key).matches(), "key", ID_RULE)
                .addIf(QuestionBank.findByKey(key).isPresent(), "key", "There is already a bank " + key + ".")
                .addIf(form.title().isBlank() || form.title().length() > 200, "title",
                        "Give the bank a title of at most 200 characters.")
                .addIf(form.description().length() > 2000, "description", "Keep the description under 2000 "
                        + "characters.")
                .addIf(minutes.isEmpty() || minutes.getAsInt() < 1 || minutes.getAsInt() > MAX_MINUTES,
                        "timeLimitMinutes", "Enter a whole number of minutes from 1 to " + MAX_MINUTES + ".")
                .build();
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        var bank = new QuestionBank();
        bank.key = key;
        bank.title = form.title().strip();
        bank.description = form.description().isBlank() ? null : form.description().strip();
        bank.timeLimitMinutes = minutes.getAsInt();
        bank.persist();
        audit.record(author, "bank.created", "question_bank", bank.id, null, key + ": " + bank.title);
        return key;
    }

    /**
     * Adds a question at the end of a bank. Its first version has criteria drafted from the model answer, for the
     * author to edit.
     */
    @Transactional
    public String addQuestion(String bankKey, NewQuestion form, String author) {
        var bank = QuestionBank.findByKey(bankKey)
                .orElseThrow(() -> new NotFoundException("There is no bank " + bankKey + "."));
        var qid = form.qid().strip();
        var points = FormNumbers.decimal(form.points());
        var errors = new FormErrors.Builder()
                .addIf(!ID.matcher(qid).matches(), "qid", ID_RULE)
                .addIf(Question.findByBankAndQid(bankKey, qid).isPresent(), "qid",
                        "The bank already has a question " + qid + ".")
                .addIf(form.title().isBlank() || form.title().length() > 200, "title",
                        "Give the question a short title of at most 200 characters.")
                .addIf(form.prompt().isBlank(), "prompt", "Write the question as the candidate will see it.")
                .addIf(points.isEmpty() || points.getAsDouble() <= 0 || points.getAsDouble() > MAX_POINTS,
                        "points", "Enter the points, a number above 0 and at most " + (int) MAX_POINTS + ".")
                .addIf(form.modelAnswer().isBlank(), "modelAnswer",
                        "Write a model answer: criteria are drafted from it.")
                .build();
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        var rubric = drafted(qid, form, points.getAsDouble());
        var question = new Question();
        question.bank = bank;
        question.qid = qid;
        question.position = (int) Question.count("bank", bank) + 1;
        question.title = rubric.title();
        question.persist();
        var yaml = RubricWriter.toYaml(rubric);
        RubricService.addVersion(question, yaml, rubric, "Created; criteria drafted from the model answer", author);
        audit.record(author, "question.created", RubricService.ENTITY, question.id, null, yaml);
        return qid;
    }

    private Rubric drafted(String qid, NewQuestion form, double points) {
        Rubric draft;
        try {
            draft = engine.draft(qid, form.prompt().strip(), form.modelAnswer().strip(), points);
        } catch (IllegalArgumentException e) {
            throw invalidModelAnswer(e.getMessage());
        }
        var rubric = new Rubric(qid, form.title().strip(), form.prompt().strip(), points, form.modelAnswer().strip(),
                draft.criteria(), draft.misconceptions(), draft.synonyms());
        var result = check.check(qid, RubricWriter.toYaml(rubric));
        if (!result.isValid()) {
            throw invalidModelAnswer(result.problems().get(0).message());
        }
        return result.rubric().orElseThrow();
    }

    private static InvalidInputException invalidModelAnswer(String why) {
        return new InvalidInputException(new FormErrors.Builder().add("modelAnswer",
                "No criteria could be drafted from this model answer (" + why + "). Write it in full sentences.")
                .build());
    }

    private static BankRow row(QuestionBank bank) {
        return new BankRow(bank.key, bank.title, bank.description == null ? "" : bank.description,
                bank.timeLimitMinutes, Question.count("bank", bank));
    }
}
