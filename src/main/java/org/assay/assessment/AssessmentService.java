package org.assay.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.assessment.AssessmentViews.AssessmentDetail;
import org.assay.assessment.AssessmentViews.AssessmentRow;
import org.assay.assessment.AssessmentViews.BankChoice;
import org.assay.assessment.AssessmentViews.IntegritySettings;
import org.assay.assessment.AssessmentViews.QuestionChoice;
import org.assay.audit.AuditService;
import org.assay.rubric.Question;
import org.assay.rubric.QuestionBank;
import org.assay.web.AssayConfig;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/** Assessments: which questions of a bank, in which order, with what time limit. */
@ApplicationScoped
public class AssessmentService {

    static final int TITLE_MAX = 200;

    private final AssayConfig config;
    private final AuditService audit;
    private final InvitationService invitations;

    public AssessmentService(AssayConfig config, AuditService audit, InvitationService invitations) {
        this.config = config;
        this.audit = audit;
        this.invitations = invitations;
    }

    @Transactional
    public List<AssessmentRow> list() {
        Map<Long, Long> invited = Invitation.getEntityManager()
                .createQuery("select i.assessment.id, count(i) from Invitation i group by i.assessment.id",
                        Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return Assessment.<Assessment>list("order by createdAt desc, id desc").stream()
                .map(a -> new AssessmentRow(a.id, a.title, a.bank.title, a.questions.size(), a.timeLimitMinutes,
                        a.blindReview, invited.getOrDefault(a.id, 0L)))
                .toList();
    }

    /** Every bank with its questions in bank order, to choose from. */
    @Transactional
    public List<BankChoice> banks() {
        return QuestionBank.<QuestionBank>list("order by title").stream()
                .map(bank -> new BankChoice(bank.key, bank.title, bank.timeLimitMinutes,
                        Question.listByBank(bank).stream().map(AssessmentService::choice).toList()))
                .toList();
    }

    @Transactional
    public Optional<AssessmentDetail> find(long id) {
        return Assessment.<Assessment>findByIdOptional(id).map(a -> new AssessmentDetail(a.id, a.title, a.bank.key,
                a.bank.title, a.timeLimitMinutes, a.blindReview, a.createdBy,
                a.questions.stream().map(item -> choice(item.question)).toList(), invitations.list(Optional.of(id)),
                new IntegritySettings(a.recordPastes, a.recordFocus, a.recordTyping)));
    }

    /** Turns each kind of integrity signal on or off for candidates who start from now on. */
    @Transactional
    public IntegritySettings setIntegrity(long id, IntegritySettings settings, String actor) {
        Assessment assessment = Assessment.<Assessment>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
        assessment.recordPastes = settings.pastes();
        assessment.recordFocus = settings.focus();
        assessment.recordTyping = settings.typing();
        audit.record(actor, "assessment.integrity", "assessment", id, null, settings.toString());
        return settings;
    }

    /** Creates an assessment; every problem with the input comes back as a field error. */
    @Transactional
    public Assessment create(AssessmentForm form, String actor) {
        var errors = new FormErrors.Builder();
        errors.addIf(form.title().isEmpty(), "title", "Give the assessment a title.");
        errors.addIf(form.title().length() > TITLE_MAX, "title", "Keep the title under " + TITLE_MAX + " characters.");
        var bank = QuestionBank.findByKey(form.bank());
        errors.addIf(bank.isEmpty(), "bank", "Choose one of the question banks.");
        var questions = bank.map(b -> pick(b, form.questions(), errors)).orElse(List.of());
        int minutes = form.timeLimitMinutes() != null ? form.timeLimitMinutes()
                : bank.map(b -> b.timeLimitMinutes).orElse(0);
        errors.addIf(minutes < 1 || minutes > config.test().maxTimeLimitMinutes(), "timeLimitMinutes",
                "Give a time limit from 1 to " + config.test().maxTimeLimitMinutes() + " minutes.");
        if (errors.build().any()) {
            throw new InvalidInputException(errors.build());
        }
        var assessment = new Assessment();
        assessment.title = form.title();
        assessment.bank = bank.get();
        assessment.timeLimitMinutes = minutes;
        assessment.blindReview = form.blindReview();
        assessment.createdBy = actor;
        for (var question : questions) {
            var item = new AssessmentQuestion();
            item.assessment = assessment;
            item.question = question;
            item.position = assessment.questions.size() + 1;
            assessment.questions.add(item);
        }
        assessment.persist();
        audit.record(actor, "assessment.created", "assessment", assessment.id, null,
                assessment.title + ": " + String.join(", ", form.questions()) + ", " + minutes + " min");
        return assessment;
    }

    /** The bank's questions with the given ids, in the given order; unknown, repeated or no ids are errors. */
    private static List<Question> pick(QuestionBank bank, List<String> qids, FormErrors.Builder errors) {
        Map<String, Question> byQid = Question.listByBank(bank).stream()
                .collect(Collectors.toMap(q -> q.qid, Function.identity()));
        var unknown = qids.stream().filter(qid -> !byQid.containsKey(qid)).toList();
        errors.addIf(qids.isEmpty(), "questions", "Pick at least one question.");
        errors.addIf(!unknown.isEmpty(), "questions", "Not in bank " + bank.key + ": " + String.join(", ", unknown));
        errors.addIf(new HashSet<>(qids).size() != qids.size(), "questions", "Each question may appear only once.");
        return unknown.isEmpty() ? qids.stream().map(byQid::get).toList() : List.of();
    }

    private static QuestionChoice choice(Question question) {
        var points = question.currentVersion == null ? 0 : question.currentVersion.points;
        return new QuestionChoice(question.qid, question.title, points);
    }
}
