package org.assay.assessment;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
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

/**
 * Assessments: which questions of a bank, in which order, with what time limit. Everything can be edited until the
 * first candidate starts; from then on only the title, so every attempt was taken under the same rules.
 */
@ApplicationScoped
public class AssessmentService {

    static final int TITLE_MAX = 200;
    static final String COPY_PREFIX = "Copy of ";

    private final AssayConfig config;
    /** The largest threshold in points: more than any question is worth. */
    private static final int SECOND_MARKING_MAX_POINTS = 1000;

    private final AuditService audit;
    private final InvitationService invitations;
    private final AttemptProgress progress;

    public AssessmentService(AssayConfig config, AuditService audit, InvitationService invitations,
            AttemptProgress progress) {
        this.config = config;
        this.audit = audit;
        this.invitations = invitations;
        this.progress = progress;
    }

    /** The assessments in use, or the archived ones; newest first. */
    @Transactional
    public List<AssessmentRow> list(boolean archived) {
        Map<Long, Long> invited = Invitation.getEntityManager()
                .createQuery("select i.assessment.id, count(i) from Invitation i group by i.assessment.id",
                        Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return Assessment.<Assessment>list("archivedAt is " + (archived ? "not " : "") + "null"
                + " order by createdAt desc, id desc").stream()
                .map(a -> new AssessmentRow(a.id, a.title, a.bank.title, a.questions.size(), a.timeLimitMinutes,
                        a.blindReview, invited.getOrDefault(a.id, 0L), a.shuffle, a.archivedAt != null))
                .toList();
    }

    /** Every bank with its questions in bank order, to choose from. */
    @Transactional
    public List<BankChoice> banks() {
        return QuestionBank.<QuestionBank>list("order by title").stream()
                .map(bank -> new BankChoice(bank.key, bank.title, bank.timeLimitMinutes,
                        Question.listByBank(bank).stream().map(q -> choice(q, null)).toList()))
                .toList();
    }

    @Transactional
    public Optional<AssessmentDetail> find(long id) {
        return Assessment.<Assessment>findByIdOptional(id).map(a -> {
            long started = progress.startedIn(a.id);
            return new AssessmentDetail(a.id, a.title, a.bank.key, a.bank.title, a.timeLimitMinutes, a.blindReview,
                    a.createdBy, a.questions.stream().map(item -> choice(item.question, item.guidanceMinutes)).toList(),
                    invitations.list(Optional.of(a.id)), a.shuffle, a.archivedAt, started, lockedReason(started),
                    new IntegritySettings(a.recordPastes, a.recordFocus, a.recordTyping),
                    SecondMarkingSettings.of(a));
        });
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

    /**
     * Switches second marking on or off and sets its threshold; applies at once, also to attempts already
     * reviewed.
     *
     * @param threshold as typed: points, or percent of the question's points
     * @throws InvalidInputException when the threshold is not a number from 0 up (at most 100 for percent)
     */
    @Transactional
    public SecondMarkingSettings setSecondMarking(long id, boolean on, String threshold, String unit,
            String actor) {
        Assessment assessment = Assessment.<Assessment>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
        var kind = SecondMarkingSettings.PERCENT.equals(unit) ? SecondMarkingSettings.PERCENT
                : SecondMarkingSettings.POINTS;
        Double value;
        try {
            value = Double.valueOf(threshold == null ? "" : threshold.strip());
        } catch (NumberFormatException e) {
            value = null;
        }
        double most = kind.equals(SecondMarkingSettings.PERCENT) ? 100 : SECOND_MARKING_MAX_POINTS;
        if (value == null || value.isNaN() || value < 0 || value > most) {
            throw new InvalidInputException(new FormErrors.Builder().add("secondMarkingThreshold",
                    "Give the threshold as a number from 0 to " + (int) most + " " + kind + ".").build());
        }
        var before = SecondMarkingSettings.of(assessment);
        assessment.secondMarking = on;
        assessment.secondMarkingThreshold = value;
        assessment.secondMarkingUnit = kind;
        var after = SecondMarkingSettings.of(assessment);
        audit.record(actor, "assessment.second-marking", "assessment", id, words(before), words(after));
        return after;
    }

    private static String words(SecondMarkingSettings settings) {
        return (settings.on() ? "second marking on" : "second marking off") + ", adjudicate marks "
                + settings.describe();
    }

    /** Why only the title may change, or null while everything may. */
    static String lockedReason(long started) {
        if (started == 0) {
            return null;
        }
        return (started == 1 ? "A candidate has" : started + " candidates have") + " started this assessment, so"
                + " only its title can change: every attempt must be taken and compared under the same questions,"
                + " order and time limit. Duplicate it to make a changed version.";
    }

    private record Checked(QuestionBank bank, List<Question> questions, int minutes) {
    }

    /** Creates an assessment; every problem with the input comes back as a field error. */
    @Transactional
    public Assessment create(AssessmentForm form, String actor) {
        var checked = check(form, null);
        var assessment = new Assessment();
        assessment.title = form.title();
        assessment.createdBy = actor;
        apply(assessment, form, checked);
        assessment.persist();
        audit.record(actor, "assessment.created", "assessment", assessment.id, null, describe(assessment));
        return assessment;
    }

    /**
     * Edits an assessment. Once an attempt has started only the title may change; asking for more is refused with
     * the reason (409), and nothing is saved.
     */
    @Transactional
    public Assessment update(long id, AssessmentForm form, String actor) {
        // Locked against a start running at the same time, which takes a shared lock on the assessment
        Assessment assessment = Assessment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (assessment == null) {
            throw new NotFoundException("There is no assessment " + id + ".");
        }
        var before = describe(assessment);
        var reason = lockedReason(progress.startedIn(id));
        if (reason != null) {
            var errors = new FormErrors.Builder();
            checkTitle(form, errors);
            if (errors.build().any()) {
                throw new InvalidInputException(errors.build());
            }
            if (changesMoreThanTitle(assessment, form)) {
                throw new ClientErrorException(reason, 409);
            }
            assessment.title = form.title();
        } else {
            var bankKey = form.bank().isEmpty() ? assessment.bank.key : form.bank();
            var withBank = new AssessmentForm(form.title(), bankKey, form.questions(), form.timeLimitMinutes(),
                    form.blindReview(), form.shuffle(), form.guidanceMinutes());
            var checked = check(withBank, assessment);
            assessment.title = form.title();
            apply(assessment, withBank, checked);
        }
        var after = describe(assessment);
        if (!before.equals(after)) {
            audit.record(actor, "assessment.updated", "assessment", assessment.id, before, after);
        }
        return assessment;
    }

    /** A new assessment with the same questions, order, hints and options; never archived, no invitations. */
    @Transactional
    public Assessment duplicate(long id, String actor) {
        Assessment source = Assessment.<Assessment>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
        var copy = new Assessment();
        var title = COPY_PREFIX + source.title;
        copy.title = title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
        copy.bank = source.bank;
        copy.timeLimitMinutes = source.timeLimitMinutes;
        copy.blindReview = source.blindReview;
        copy.shuffle = source.shuffle;
        copy.createdBy = actor;
        for (var item : source.questions) {
            add(copy, item.question, item.guidanceMinutes);
        }
        copy.persist();
        audit.record(actor, "assessment.duplicated", "assessment", copy.id, "assessment " + source.id,
                describe(copy));
        return copy;
    }

    /** Archives or restores an assessment; archiving twice changes nothing. */
    @Transactional
    public Assessment archive(long id, boolean archived, String actor) {
        Assessment assessment = Assessment.<Assessment>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
        if (archived != (assessment.archivedAt != null)) {
            assessment.archivedAt = archived ? Instant.now() : null;
            audit.record(actor, archived ? "assessment.archived" : "assessment.restored", "assessment",
                    assessment.id, archived ? "in use" : "archived", archived ? "archived" : "in use");
        }
        return assessment;
    }

    private static boolean changesMoreThanTitle(Assessment assessment, AssessmentForm form) {
        var qids = assessment.questions.stream().map(item -> item.question.qid).toList();
        Map<String, Integer> guidance = new LinkedHashMap<>();
        assessment.questions.stream().filter(item -> item.guidanceMinutes != null)
                .forEach(item -> guidance.put(item.question.qid, item.guidanceMinutes));
        return !form.questions().isEmpty() && !form.questions().equals(qids)
                || !form.bank().isEmpty() && !form.bank().equals(assessment.bank.key)
                || form.timeLimitMinutes() != null && form.timeLimitMinutes() != assessment.timeLimitMinutes
                || !form.guidanceMinutes().isEmpty() && !form.guidanceMinutes().equals(guidance)
                || form.shuffle() && !assessment.shuffle;
    }

    private Checked check(AssessmentForm form, Assessment current) {
        var errors = new FormErrors.Builder();
        checkTitle(form, errors);
        var bank = QuestionBank.findByKey(form.bank());
        errors.addIf(bank.isEmpty(), "bank", "Choose one of the question banks.");
        var questions = bank.map(b -> pick(b, form.questions(), errors)).orElse(List.of());
        int fallback = current != null ? current.timeLimitMinutes : bank.map(b -> b.timeLimitMinutes).orElse(0);
        int minutes = form.timeLimitMinutes() != null ? form.timeLimitMinutes() : fallback;
        errors.addIf(minutes < 1 || minutes > config.test().maxTimeLimitMinutes(), "timeLimitMinutes",
                "Give a time limit from 1 to " + config.test().maxTimeLimitMinutes() + " minutes.");
        var strays = form.guidanceMinutes().keySet().stream().filter(qid -> !form.questions().contains(qid))
                .toList();
        errors.addIf(!strays.isEmpty(), "guidance", "Suggested times for questions not chosen: "
                + String.join(", ", strays));
        errors.addIf(form.guidanceMinutes().values().stream().anyMatch(m -> m != null && (m < 1 || m > minutes)),
                "guidance", "Give each suggested time in whole minutes, from 1 to the time limit (" + minutes + ").");
        if (errors.build().any()) {
            throw new InvalidInputException(errors.build());
        }
        return new Checked(bank.get(), questions, minutes);
    }

    private static void checkTitle(AssessmentForm form, FormErrors.Builder errors) {
        errors.addIf(form.title().isEmpty(), "title", "Give the assessment a title.");
        errors.addIf(form.title().length() > TITLE_MAX, "title", "Keep the title under " + TITLE_MAX + " characters.");
    }

    private static void apply(Assessment assessment, AssessmentForm form, Checked checked) {
        assessment.bank = checked.bank();
        assessment.timeLimitMinutes = checked.minutes();
        assessment.blindReview = form.blindReview();
        assessment.shuffle = form.shuffle();
        assessment.questions.clear();
        if (assessment.id != null) {
            // The unique (assessment, position) key must not see old and new positions at once
            Assessment.getEntityManager().flush();
        }
        for (var question : checked.questions()) {
            add(assessment, question, form.guidance(question.qid));
        }
    }

    private static void add(Assessment assessment, Question question, Integer guidanceMinutes) {
        var item = new AssessmentQuestion();
        item.assessment = assessment;
        item.question = question;
        item.position = assessment.questions.size() + 1;
        item.guidanceMinutes = guidanceMinutes;
        assessment.questions.add(item);
    }

    private static String describe(Assessment a) {
        return a.title + ": " + a.questions.stream().map(item -> item.question.qid
                + (item.guidanceMinutes == null ? "" : " (" + item.guidanceMinutes + " min)"))
                .collect(Collectors.joining(", ")) + ", " + a.timeLimitMinutes + " min"
                + (a.shuffle ? ", shuffled" : "") + (a.blindReview ? ", blind review" : "");
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

    private static QuestionChoice choice(Question question, Integer guidanceMinutes) {
        var points = question.currentVersion == null ? 0 : question.currentVersion.points;
        return new QuestionChoice(question.qid, question.title, points, guidanceMinutes);
    }
}
