package org.assay.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assay.assessment.Assessment;

/**
 * Records the integrity signals a candidate's page reports and sums them up for reviewers. Signals are evidence for a
 * person to weigh: nothing here changes a score.
 */
@ApplicationScoped
public class IntegrityService {

    /** Most signals one report may carry, and one attempt may keep; the rest are dropped. */
    static final int MAX_PER_REPORT = 50;
    static final int MAX_PER_ATTEMPT = 2000;
    private static final long MAX_AMOUNT = 100_000_000L;
    /** How far a signal's own time may lie from the server's; older or later ones take the server's time. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(10);

    // What makes "some" and "major" concerns
    private static final int PASTE_NOTED_CHARS = 20;
    private static final int PASTED_SHARE_MAJOR = 50;
    private static final int PASTED_ANSWER_MIN_CHARS = 100;
    private static final Duration AWAY_NOTED = Duration.ofSeconds(5);
    private static final Duration AWAY_MAJOR = Duration.ofMinutes(5);
    private static final int BURSTS_MAJOR = 3;

    private final AttemptService attempts;

    public IntegrityService(AttemptService attempts) {
        this.attempts = attempts;
    }

    /** One reported signal: kind PASTE, FOCUS or TYPING; amount in characters or milliseconds; at as ISO time. */
    public record Reported(String kind, String qid, Long amount, String at) {
    }

    /** What an attempt's signals amount to: level none, some or major, with the reasons and every signal. */
    public record Summary(String level, String label, List<String> reasons, List<Line> signals) {
    }

    /** One signal as reviewers read it. */
    public record Line(Instant at, String kind, String qid, long amount, String detail) {
    }

    /** Which kinds an assessment records, in the words of the welcome page; empty when it records none. */
    public static List<String> recorded(Assessment assessment) {
        var recorded = new ArrayList<String>();
        if (assessment.recordPastes) {
            recorded.add("when you paste text into an answer, and how much");
        }
        if (assessment.recordFocus) {
            recorded.add("when you leave the test's tab or window, and for how long");
        }
        if (assessment.recordTyping) {
            recorded.add("when text appears faster than a person types (such as hundreds of characters in a second)");
        }
        return recorded;
    }

    /** The kinds an assessment records, as the page's script names them: "PASTE FOCUS TYPING" when all are on. */
    static String kinds(Assessment assessment) {
        var kinds = new ArrayList<String>();
        for (var kind : IntegritySignal.Kind.values()) {
            if (records(assessment, kind)) {
                kinds.add(kind.name());
            }
        }
        return String.join(" ", kinds);
    }

    /**
     * Stores the signals of a running attempt that its assessment records. A page that is not the active device, or
     * an attempt already over, reports nothing; unknown kinds are skipped.
     *
     * @return how many signals were stored
     */
    @Transactional
    public int record(String token, String device, List<Reported> reported) {
        var attempt = attempts.lock(token);
        var now = Instant.now();
        if (reported == null || attempt.status != AttemptStatus.IN_PROGRESS
                || !AttemptService.activeHere(attempt, device)) {
            return 0;
        }
        var assessment = attempt.invitation.assessment;
        long room = MAX_PER_ATTEMPT - IntegritySignal.countByAttempt(attempt);
        int stored = 0;
        for (var signal : reported.stream().limit(Math.min(MAX_PER_REPORT, Math.max(0, room))).toList()) {
            var kind = kind(signal.kind());
            if (kind == null || !records(assessment, kind)) {
                continue;
            }
            var entity = new IntegritySignal();
            entity.attempt = attempt;
            entity.kind = kind;
            entity.qid = signal.qid() == null || signal.qid().length() > 64 ? null : signal.qid();
            entity.amount = Math.max(0, Math.min(MAX_AMOUNT, signal.amount() == null ? 0 : signal.amount()));
            entity.recordedAt = at(signal.at(), now);
            entity.persist();
            stored++;
        }
        return stored;
    }

    private static IntegritySignal.Kind kind(String name) {
        for (var kind : IntegritySignal.Kind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    private static boolean records(Assessment assessment, IntegritySignal.Kind kind) {
        return switch (kind) {
            case PASTE -> assessment.recordPastes;
            case FOCUS -> assessment.recordFocus;
            case TYPING -> assessment.recordTyping;
        };
    }

    private static Instant at(String text, Instant now) {
        try {
            var at = Instant.parse(text);
            return Duration.between(at, now).abs().compareTo(CLOCK_SLACK) > 0 ? now : at;
        } catch (RuntimeException e) {
            return now;
        }
    }

    /**
     * The attempt's signals summed up, with the share of each answer that was pasted. Reads entities: call inside a
     * transaction.
     */
    public static Summary summary(Attempt attempt) {
        return summarise(IntegritySignal.listByAttempt(attempt), Answer.listByAttempt(attempt));
    }

    /**
     * The summaries of many attempts at once, for exports: the level and reasons without the single signals. An
     * attempt without signals has no concerns. Reads entities: call inside a transaction.
     */
    public static Map<Long, Summary> summaries(List<Long> attemptIds) {
        var result = new HashMap<Long, Summary>();
        if (attemptIds.isEmpty()) {
            return result;
        }
        Map<Long, List<IntegritySignal>> signals = new HashMap<>();
        IntegritySignal.<IntegritySignal>list("attempt.id in ?1 order by recordedAt, id", attemptIds)
                .forEach(s -> signals.computeIfAbsent(s.attempt.id, id -> new ArrayList<>()).add(s));
        Map<Long, List<Answer>> answers = new HashMap<>();
        if (!signals.isEmpty()) {
            Answer.<Answer>list("from Answer a join fetch a.question where a.attempt.id in ?1 order by a.position",
                    List.copyOf(signals.keySet()))
                    .forEach(a -> answers.computeIfAbsent(a.attempt.id, id -> new ArrayList<>()).add(a));
        }
        for (var id : attemptIds) {
            var summary = summarise(signals.getOrDefault(id, List.of()), answers.getOrDefault(id, List.of()));
            result.put(id, new Summary(summary.level(), summary.label(), summary.reasons(), List.of()));
        }
        return result;
    }

    private static Summary summarise(List<IntegritySignal> signals, List<Answer> answers) {
        var reasons = new ArrayList<String>();
        boolean some = false;
        boolean major = false;

        Map<String, long[]> pasted = new HashMap<>();
        signals.stream().filter(s -> s.kind == IntegritySignal.Kind.PASTE && s.qid != null).forEach(s -> {
            var sum = pasted.computeIfAbsent(s.qid, q -> new long[2]);
            sum[0] += s.amount;
            sum[1]++;
        });
        for (var answer : answers) {
            var sum = pasted.get(answer.question.qid);
            if (sum == null || sum[0] < PASTE_NOTED_CHARS) {
                continue;
            }
            int length = answer.text.length();
            long share = length == 0 ? 0 : Math.min(100, Math.round(100.0 * sum[0] / length));
            some = true;
            major |= share >= PASTED_SHARE_MAJOR && length >= PASTED_ANSWER_MIN_CHARS;
            reasons.add("Question " + answer.position + ": " + share + "% of the answer was pasted (" + sum[1]
                    + (sum[1] == 1 ? " paste, " : " pastes, ") + sum[0] + " characters)");
        }

        var away = signals.stream().filter(s -> s.kind == IntegritySignal.Kind.FOCUS).toList();
        long awayMs = away.stream().mapToLong(s -> s.amount).sum();
        long longest = away.stream().mapToLong(s -> s.amount).max().orElse(0);
        if (!away.isEmpty() && Duration.ofMillis(awayMs).compareTo(AWAY_NOTED) >= 0) {
            some = true;
            major |= Duration.ofMillis(awayMs).compareTo(AWAY_MAJOR) >= 0;
            reasons.add("Left the test " + times(away.size()) + " for " + duration(awayMs) + " in all (longest "
                    + duration(longest) + ")");
        }

        var bursts = signals.stream().filter(s -> s.kind == IntegritySignal.Kind.TYPING).toList();
        if (!bursts.isEmpty()) {
            some = true;
            major |= bursts.size() >= BURSTS_MAJOR;
            long most = bursts.stream().mapToLong(s -> s.amount).max().orElse(0);
            reasons.add(bursts.size() + (bursts.size() == 1 ? " burst" : " bursts") + " of text appearing faster"
                    + " than a person types (up to " + most + " characters in a second)");
        }

        var lines = signals.stream().map(s -> new Line(s.recordedAt, s.kind.name().toLowerCase(Locale.ROOT), s.qid,
                s.amount, detail(s))).toList();
        var level = major ? "major" : some ? "some" : "none";
        var label = major ? "Major concerns" : some ? "Some concerns" : "No concerns";
        return new Summary(level, label, List.copyOf(reasons), lines);
    }

    private static String detail(IntegritySignal signal) {
        return switch (signal.kind) {
            case PASTE -> "pasted " + signal.amount + " characters";
            case FOCUS -> "left the test for " + duration(signal.amount);
            case TYPING -> signal.amount + " characters appeared within a second";
        };
    }

    private static String times(int count) {
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }

    /** "45 s", "2 min 10 s". */
    static String duration(long ms) {
        long seconds = Math.round(ms / 1000.0);
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60
                + " s");
    }
}
