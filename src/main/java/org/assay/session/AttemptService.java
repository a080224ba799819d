package org.assay.session;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.assay.assessment.Assessment;
import org.assay.assessment.AssessmentQuestion;
import org.assay.assessment.Invitation;
import org.assay.assessment.InvitationService;
import org.assay.rubric.Question;
import org.assay.web.AssayConfig;

/** A candidate's attempt: start, where they are, time spent, submit, and the deadline. */
@ApplicationScoped
public class AttemptService {

    static final String BY_CANDIDATE = "candidate";
    static final String BY_DEADLINE = "deadline";
    private static final int MAX_TOKEN_LENGTH = 200;

    private final AssayConfig config;
    private final Event<AttemptSubmitted> submitted;
    private final Event<AttemptStarted> started;
    private final SecureRandom random = new SecureRandom();

    public AttemptService(AssayConfig config, Event<AttemptSubmitted> submitted, Event<AttemptStarted> started) {
        this.config = config;
        this.submitted = submitted;
        this.started = started;
    }

    public Invitation invitation(String token) {
        var invitation = Invitation.findByTokenHash(tokenHash(token)).orElseThrow(UnknownTokenException::new);
        return usable(invitation);
    }

    static String tokenHash(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new UnknownTokenException();
        }
        return InvitationService.hashToken(token);
    }

    private static Invitation usable(Invitation invitation) {
        if (invitation.revokedAt != null) {
            throw AttemptClosedException.revoked(invitation.replacedBy != null);
        }
        return invitation;
    }

    /** Starts the attempt, or returns the one already running: pressing Start twice is harmless. */
    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public Attempt start(String token) {
        return start(token, null);
    }

    /**
     * Starts the attempt on the browser {@code device} (null: none named), which becomes the one that may change it.
     * Pressing Start again on that browser returns the running attempt; on another one it is refused with
     * OpenElsewhereException, so that the candidate chooses to take the test over.
     */
    @Transactional(dontRollbackOn = { AttemptClosedException.class, OpenElsewhereException.class })
    public Attempt start(String token, String device) {
        Invitation invitation = Invitation.findById(invitation(token).id, LockModeType.PESSIMISTIC_WRITE);
        var existing = lock(invitation);
        if (existing.isPresent()) {
            return requireDevice(open(existing.get(), Instant.now(), false), device, token);
        }
        // Read again under the lock: a revoke that committed since the link was looked up wins
        if (Invitation.count("id = ?1 and revokedAt is not null", invitation.id) > 0) {
            throw AttemptClosedException.revoked(false);
        }
        var now = Instant.now();
        if (invitation.expiresAt.isBefore(now)) {
            throw AttemptClosedException.expired(invitation.expiresAt);
        }
        // A shared lock: an edit of the assessment waits for this start, or this start for the edit
        Assessment assessment = Assessment.findById(invitation.assessment.id, LockModeType.PESSIMISTIC_READ);
        List<AssessmentQuestion> questions = new ArrayList<>(assessment.questions);
        if (questions.isEmpty()) {
            throw new TestNotReadyException("it has no questions");
        }
        questions.stream().filter(item -> item.question.currentVersion == null).findFirst().ifPresent(item -> {
            throw new TestNotReadyException("question \"" + item.question.title + "\" has no rubric");
        });
        var attempt = new Attempt();
        attempt.invitation = invitation;
        attempt.startedAt = now;
        attempt.deadline = now.plus(invitation.timeAllowed());
        attempt.positionSince = now;
        attempt.activeDevice = device;
        attempt.deviceSince = device == null ? null : now;
        attempt.persist();
        if (assessment.shuffle) {
            // The order is stored as the answers' positions, so every page, transcript and export follows it
            Collections.shuffle(questions, random);
        }
        for (int i = 0; i < questions.size(); i++) {
            createAnswer(attempt, questions.get(i).question, i + 1, now);
        }
        started.fire(new AttemptStarted(attempt.id));
        Log.debugf("Started attempt %d for invitation %d", attempt.id, invitation.id);
        return attempt;
    }

    /** One empty answer per question, pinned to the rubric version current now: later edits never change it. */
    private static void createAnswer(Attempt attempt, Question question, int position, Instant now) {
        var answer = new Answer();
        answer.attempt = attempt;
        answer.question = question;
        answer.rubricVersion = question.currentVersion;
        answer.position = position;
        answer.firstViewedAt = position == 1 ? now : null;
        answer.persist();
    }

    /**
     * The running attempt behind a link, locked for this transaction. Once the deadline has passed the caller gets
     * AttemptClosedException, except for saves within the grace; the attempt is submitted once the grace has passed
     * too, so a page opened in the meantime never cuts short a save still in flight.
     */
    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public Attempt open(String token, boolean saving) {
        return open(lock(token), Instant.now(), saving);
    }

    /** The attempt behind a link, whatever its state, locked so that saves and submits of it run one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attempt lock(String token) {
        // Every save comes here: one query finds the link and locks its attempt
        var found = Attempt.find("from Attempt a join fetch a.invitation i where i.tokenHash = ?1", tokenHash(token))
                .withLock(LockModeType.PESSIMISTIC_WRITE).<Attempt>firstResultOptional();
        if (found.isEmpty()) {
            invitation(token); // an unknown or revoked link says so
            throw new NotStartedException(token);
        }
        usable(found.get().invitation);
        return found.get();
    }

    /**
     * The invitation's attempt, if started, locked. Read only this way: reading it first without the lock and then
     * locking it fails when another request changed it in between.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Attempt> lock(Invitation invitation) {
        return Attempt.find("invitation", invitation).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A locked attempt, unless closed: as {@link #open(String, boolean)}. */
    Attempt open(Attempt attempt, Instant now, boolean saving) {
        if (attempt.status == AttemptStatus.SUBMITTED) {
            throw closedException(attempt);
        }
        if (now.isAfter(attempt.deadline.plus(config.test().grace()))) {
            submit(attempt, BY_DEADLINE, now);
            throw AttemptClosedException.timeUp(attempt.deadline);
        }
        if (!saving && now.isAfter(attempt.deadline)) {
            // Time is up for the page, but saves sent before the deadline may still arrive within the grace: the
            // attempt is submitted once it has passed, by the next request or the deadline job
            throw AttemptClosedException.timeUp(attempt.deadline);
        }
        return attempt;
    }

    /**
     * The attempt, when {@code device} may change it: it is the active browser, or no browser is active yet (it then
     * becomes the active one). A request naming no browser (an API client without the cookie) is not checked here; the
     * revision it is based on still is.
     *
     * @throws OpenElsewhereException when another browser took the attempt over
     */
    Attempt requireDevice(Attempt attempt, String device, String token) {
        if (device == null) {
            return attempt;
        }
        if (attempt.activeDevice == null) {
            attempt.activeDevice = device;
            attempt.deviceSince = Instant.now();
        } else if (!Devices.same(attempt.activeDevice, device)) {
            throw new OpenElsewhereException(token);
        } else if (Devices.narrows(attempt.activeDevice, device)) {
            // The first tab of the browser that changes the attempt becomes its holder; other tabs must take over
            attempt.activeDevice = device;
        }
        return attempt;
    }

    /** Whether {@code device} may change the attempt without taking it over first. */
    static boolean activeHere(Attempt attempt, String device) {
        return device == null || attempt.activeDevice == null || Devices.same(attempt.activeDevice, device);
    }

    /** Whether the attempt is held by another tab of {@code device}'s browser, rather than by another device. */
    static boolean heldByAnotherTab(Attempt attempt, String device) {
        return device != null && attempt.activeDevice != null && !activeHere(attempt, device)
                && Devices.browserOf(attempt.activeDevice).equals(Devices.browserOf(device));
    }

    /**
     * Makes {@code device} the one browser that may change the running attempt. The browser that had it finds out
     * with its next save or check, within one autosave interval, and turns read-only.
     */
    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public Attempt takeOver(String token, String device) {
        var attempt = open(lock(token), Instant.now(), false);
        if (!device.equals(attempt.activeDevice)) {
            attempt.activeDevice = device;
            attempt.deviceSince = Instant.now();
            Log.debugf("Attempt %d taken over by another device", attempt.id);
        }
        return attempt;
    }

    static AttemptClosedException closedException(Attempt attempt) {
        return BY_DEADLINE.equals(attempt.submittedBy) ? AttemptClosedException.timeUp(attempt.deadline)
                : AttemptClosedException.submitted(attempt.submittedAt);
    }

    /** Moves the candidate to question {@code position}, adding the time on the previous one to its answer. */
    void view(Attempt attempt, int position, Instant now) {
        countTime(attempt, now);
        attempt.currentPosition = position;
        Answer.findByAttemptAndPosition(attempt, position)
                .filter(answer -> answer.firstViewedAt == null)
                .ifPresent(answer -> answer.firstViewedAt = now);
    }

    private void countTime(Attempt attempt, Instant now) {
        if (attempt.positionSince != null) {
            var end = now.isAfter(attempt.deadline) ? attempt.deadline : now;
            long seconds = Math.max(0, Duration.between(attempt.positionSince, end).toSeconds());
            Answer.findByAttemptAndPosition(attempt, attempt.currentPosition)
                    .ifPresent(answer -> answer.secondsSpent += (int) seconds);
        }
        attempt.positionSince = now;
    }

    /**
     * Submits the attempt. A second submit changes nothing: the attempt keeps its first submission. Answers are
     * submitted as last saved.
     */
    @Transactional
    public Attempt submit(String token) {
        return submit(token, null);
    }

    /** As {@link #submit(String)}, from the browser {@code device}, which must be the active one. */
    @Transactional(dontRollbackOn = OpenElsewhereException.class)
    public Attempt submit(String token, String device) {
        var attempt = lock(token);
        var now = Instant.now();
        if (attempt.status == AttemptStatus.IN_PROGRESS) {
            requireDevice(attempt, device, token);
        }
        if (attempt.status == AttemptStatus.IN_PROGRESS) {
            submit(attempt, now.isAfter(attempt.deadline) ? BY_DEADLINE : BY_CANDIDATE, now);
        }
        return attempt;
    }

    /** Submits a running attempt whose deadline has passed, as the deadline job would. */
    void submitIfOverdue(Attempt attempt, Instant now) {
        if (attempt.status == AttemptStatus.IN_PROGRESS && now.isAfter(attempt.deadline)) {
            submit(attempt, BY_DEADLINE, now);
        }
    }

    void submit(Attempt attempt, String by, Instant now) {
        countTime(attempt, now);
        attempt.status = AttemptStatus.SUBMITTED;
        attempt.submittedAt = now;
        attempt.submittedBy = by;
        submitted.fire(new AttemptSubmitted(attempt.id));
        Log.debugf("Attempt %d submitted by %s", attempt.id, by);
    }

    /**
     * The attempt's reference on the candidate's receipt, such as "A42-7F3C9B": its id, so staff can find it, and a
     * check part from its start time, so a mistyped id is noticed.
     */
    public static String reference(Attempt attempt) {
        var seed = Long.toString(attempt.id) + ':' + attempt.startedAt.toEpochMilli();
        var check = Integer.toHexString(seed.hashCode());
        return "A" + attempt.id + "-" + ("000000" + check.toUpperCase(Locale.ROOT))
                .substring(check.length());
    }

    /** Ids of running attempts whose deadline and grace have both passed. */
    @Transactional
    public List<Long> listOverdue() {
        var cutoff = Instant.now().minus(config.test().grace());
        return Attempt.listOverdue(cutoff).stream().map(attempt -> attempt.id).toList();
    }

    /**
     * Submits an overdue attempt with its saved answers. Safe when several instances run this at once: the row
     * lock makes the others wait, and they then find it submitted.
     */
    @Transactional
    public boolean submitOverdue(long attemptId) {
        Attempt attempt = Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        var now = Instant.now();
        if (attempt == null || attempt.status != AttemptStatus.IN_PROGRESS
                || !now.isAfter(attempt.deadline.plus(config.test().grace()))) {
            return false;
        }
        submit(attempt, BY_DEADLINE, now);
        return true;
    }
}
