package org.assay.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assay.engine.rubric.Rubric;
import org.assay.rubric.RubricCache;
import org.assay.web.AssayConfig;

/** Builds what the candidate sees, and handles the question form when the browser runs no script. */
@ApplicationScoped
public class TakeTestService {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AttemptService attempts;
    private final AnswerService answers;
    private final RubricCache rubrics;
    private final AssayConfig config;

    public TakeTestService(AttemptService attempts, AnswerService answers, RubricCache rubrics, AssayConfig config) {
        this.attempts = attempts;
        this.answers = answers;
        this.rubrics = rubrics;
        this.config = config;
    }

    /** What the link itself leads to: the welcome page, or the question a started candidate was on. */
    public sealed interface Entry {
        record Welcome(WelcomeView view) implements Entry {
        }

        record Resume(int position) implements Entry {
        }

        /** The test runs on another browser: the page offers to continue here. */
        record Elsewhere(ElsewhereView view) implements Entry {
        }
    }

    /** Where a posted question form leads: another page, or the same page again with the reason it was refused. */
    public sealed interface FormResult {
        record Redirect(String path) implements FormResult {
        }

        record Refused(PageView view, int status) implements FormResult {
        }

        /** Another browser took the test over: nothing was saved, and the page shows the text sent to copy it. */
        record Elsewhere(ElsewhereView view) implements FormResult {
        }
    }

    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public Entry entry(String token, String device) {
        var invitation = attempts.invitation(token);
        var started = attempts.lock(invitation);
        if (started.isPresent()) {
            var attempt = attempts.open(started.get(), Instant.now(), false);
            if (!AttemptService.activeHere(attempt, device)) {
                return new Entry.Elsewhere(elsewhere(token, attempt, null));
            }
            return new Entry.Resume(attempts.requireDevice(attempt, device, token).currentPosition);
        }
        if (invitation.expiresAt.isBefore(Instant.now())) {
            throw AttemptClosedException.expired(invitation.expiresAt);
        }
        var assessment = invitation.assessment;
        return new Entry.Welcome(new WelcomeView(token, assessment.title, invitation.candidateName,
                assessment.questions.size(), assessment.timeLimitMinutes,
                AttemptClosedException.format(invitation.expiresAt), invitation.expiresAt.toString(),
                minutesLabel(invitation.extraTime(assessment.timeLimitMinutes)),
                IntegrityService.recorded(assessment)));
    }

    /** Shows question {@code position} and counts the time from now towards it. */
    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public PageView page(String token, int position, String device) {
        var attempt = attempts.requireDevice(attempts.open(token, false), device, token);
        var all = Answer.listByAttempt(attempt);
        var answer = at(all, position);
        attempts.view(attempt, position, Instant.now());
        return pageView(token, attempt, all, answer, answer.text, null);
    }

    /**
     * Saves the posted text, then leads where the pressed button says: {@code prev}, {@code next}, a question
     * number, {@code review} (the submit confirmation) or anything else (the same question).
     */
    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public FormResult post(String token, int position, String text, Integer revision, Integer base, String go,
            String device) {
        var attempt = attempts.open(token, true);
        if (!AttemptService.activeHere(attempt, device)) {
            return new FormResult.Elsewhere(elsewhere(token, attempt, AnswerService.normalize(text)));
        }
        attempts.requireDevice(attempt, device, token);
        var all = Answer.listByAttempt(attempt);
        var answer = at(all, position);
        var now = Instant.now();
        if (text != null && !AnswerService.normalize(text).equals(answer.text)) {
            try {
                answers.apply(answer, text, revision == null ? answer.revision + 1 : revision, base, now);
            } catch (AnswerRejectedException e) {
                var message = e.status() == 409
                        ? "A newer version of this answer was saved from another window or device. Your text below"
                                + " has not been saved; press a button again to replace the saved version with it."
                        : e.getMessage();
                return new FormResult.Refused(pageView(token, attempt, all, answer, text, message), e.status());
            }
        }
        attempts.submitIfOverdue(attempt, now);
        if (attempt.status == AttemptStatus.SUBMITTED) {
            return new FormResult.Redirect(base(token) + "/done");
        }
        return new FormResult.Redirect(target(token, go, position, all.size()));
    }

    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public ConfirmView confirm(String token, String device) {
        var attempt = attempts.requireDevice(attempts.open(token, false), device, token);
        var all = Answer.listByAttempt(attempt);
        var unanswered = links(all, 0).stream().filter(link -> !link.answered()).toList();
        var now = Instant.now();
        return new ConfirmView(token, attempt.invitation.assessment.title, all.size(), all.size() - unanswered.size(),
                unanswered, attempt.deadline.toString(), CLOCK.format(attempt.deadline),
                remaining(now, attempt.deadline), now.toString(), attempt.currentPosition);
    }

    /** The confirmation after submitting; empty while the attempt is still running. */
    @Transactional
    public Optional<DoneView> done(String token) {
        var attempt = attempts.lock(token);
        attempts.submitIfOverdue(attempt, Instant.now());
        if (attempt.status != AttemptStatus.SUBMITTED) {
            return Optional.empty();
        }
        var all = Answer.listByAttempt(attempt);
        int answered = (int) all.stream().filter(TakeTestService::answered).count();
        return Optional.of(new DoneView(attempt.invitation.assessment.title, attempt.invitation.candidateName,
                AttemptService.reference(attempt), attempt.submittedAt.toString(),
                AttemptClosedException.format(attempt.submittedAt),
                AttemptService.BY_DEADLINE.equals(attempt.submittedBy), answered, all.size(), attemptKey(attempt)));
    }

    /** The attempt for the autosave script. A running attempt past its deadline is submitted first. */
    @Transactional
    public AttemptState state(String token, String device) {
        var invitation = attempts.invitation(token);
        var now = Instant.now();
        var started = attempts.lock(invitation);
        if (started.isEmpty()) {
            if (invitation.expiresAt.isBefore(now)) {
                throw AttemptClosedException.expired(invitation.expiresAt);
            }
            return new AttemptState("NOT_STARTED", null, null, null, null, now, 0, config.limits().answerChars(),
                    autosaveMillis(), List.of(), true);
        }
        var attempt = started.get();
        attempts.submitIfOverdue(attempt, now);
        var states = Answer.listByAttempt(attempt).stream()
                .map(a -> new AttemptState.AnswerState(a.question.qid, a.position, title(a), a.text,
                        a.revision, a.savedAt, answered(a)))
                .toList();
        return new AttemptState(attempt.status.name(), attempt.startedAt, attempt.deadline, attempt.submittedAt,
                attempt.submittedBy, now, attempt.currentPosition, config.limits().answerChars(), autosaveMillis(),
                states, AttemptService.activeHere(attempt, device));
    }

    /** The notice for a browser that is not the attempt's active one, with the text it tried to send, if any. */
    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public ElsewhereView elsewhere(String token) {
        var attempt = attempts.open(token, false);
        return elsewhere(token, attempt, null);
    }

    private static ElsewhereView elsewhere(String token, Attempt attempt, String unsaved) {
        return new ElsewhereView(token, attempt.invitation.assessment.title,
                attempt.deviceSince == null ? null : attempt.deviceSince.toString(),
                attempt.deviceSince == null ? null : CLOCK.format(attempt.deviceSince),
                unsaved == null || unsaved.isBlank() ? null : unsaved);
    }

    /** Whether the browser may change the attempt, with the server's clock and the deadline to keep a timer in step. */
    @Transactional
    public Presence presence(String token, String device) {
        // Read without the lock: checks come every few seconds and must not queue behind saves
        var attempt = Attempt.findByInvitation(attempts.invitation(token))
                .orElseThrow(() -> new NotStartedException(token));
        var now = Instant.now();
        return new Presence(AttemptService.activeHere(attempt, device),
                AttemptService.heldByAnotherTab(attempt, device), attempt.status.name(), attempt.deadline, now);
    }

    /**
     * The answer to a browser's periodic check.
     *
     * @param anotherTab the attempt is held by another tab of this browser rather than by another device
     */
    public record Presence(boolean activeHere, boolean anotherTab, String status, Instant deadline,
            Instant serverTime) {
    }

    private PageView pageView(String token, Attempt attempt, List<Answer> all, Answer answer, String text,
            String error) {
        int position = answer.position;
        int count = all.size();
        var now = Instant.now();
        var title = title(answer);
        var prompt = rubrics.rubric(answer.rubricVersion).map(Rubric::prompt).orElse(title);
        return new PageView(token, attempt.invitation.assessment.title, position, count, answer.question.qid,
                title, prompt, text, words(text), answer.revision,
                answer.savedAt == null ? null : answer.savedAt.toString(),
                answer.savedAt == null ? null : CLOCK.format(answer.savedAt),
                attempt.deadline.toString(), CLOCK.format(attempt.deadline), remaining(now, attempt.deadline),
                now.toString(), autosaveMillis(), config.limits().answerChars(), attemptKey(attempt),
                position > 1 ? position - 1 : 0, position < count ? position + 1 : 0, links(all, position), error,
                guidance(attempt, answer), IntegrityService.kinds(attempt.invitation.assessment));
    }

    /** The assessment's suggested minutes for the answer's question; the same whatever the candidate's order. */
    private static Integer guidance(Attempt attempt, Answer answer) {
        return attempt.invitation.assessment.questions.stream()
                .filter(item -> item.question.id.equals(answer.question.id))
                .map(item -> item.guidanceMinutes).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private List<QuestionLink> links(List<Answer> all, int current) {
        return all.stream()
                .map(a -> new QuestionLink(a.position, title(a), answered(a), a.position == current))
                .toList();
    }

    /**
     * The question's title as the attempt's pinned rubric version has it: an edit made while the test runs changes
     * neither the title nor the prompt the candidate sees.
     */
    private String title(Answer answer) {
        return rubrics.rubric(answer.rubricVersion).map(Rubric::title).filter(t -> !t.isBlank())
                .orElse(answer.question.title);
    }

    private static Answer at(List<Answer> all, int position) {
        if (position < 1 || position > all.size()) {
            throw new UnknownQuestionException(String.valueOf(position));
        }
        return all.get(position - 1);
    }

    private static String target(String token, String go, int position, int count) {
        var button = go == null ? "" : go;
        int to = switch (button) {
            case "prev" -> position - 1;
            case "next" -> position + 1;
            case "review" -> 0;
            default -> button.matches("\\d{1,4}") ? Integer.parseInt(button) : position;
        };
        if (to == 0 || to > count) {
            return base(token) + "/submit";
        }
        return base(token) + "/q/" + Math.max(1, to);
    }

    static String base(String token) {
        return "/t/" + token;
    }

    static boolean answered(Answer answer) {
        return !answer.text.isBlank();
    }

    static int words(String text) {
        var stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** "15 minutes", "1 minute", rounded up to whole minutes; empty for none. */
    static String minutesLabel(Duration duration) {
        long minutes = (duration.toSeconds() + 59) / 60;
        return minutes == 0 ? "" : minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private static String remaining(Instant now, Instant deadline) {
        long minutes = Math.max(0, Duration.between(now, deadline).toMinutes());
        return minutes < 1 ? "less than a minute" : minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** Names this attempt's entries in the browser's storage without revealing the token. */
    private static String attemptKey(Attempt attempt) {
        return attempt.id + "-" + attempt.startedAt.getEpochSecond();
    }

    private long autosaveMillis() {
        return config.test().autosaveInterval().toMillis();
    }
}
