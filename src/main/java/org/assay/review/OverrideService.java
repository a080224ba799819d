package org.assay.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.audit.AuditService;
import org.assay.grading.AnswerScore;
import org.assay.grading.AttemptScores;
import org.assay.grading.Grade;
import org.assay.grading.OverrideMark;
import org.assay.grading.ScoreBreakdown;
import org.assay.grading.ScoreOverride;
import org.assay.session.Answer;
import org.assay.web.AssayConfig;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.Numbers;

/**
 * A reviewer changes the score of one answer, with a reason: by marking its criteria and misconceptions (with an
 * optional free adjustment), or by giving a whole score, which is kept as the current criteria plus a free
 * adjustment. Either way the override keeps every mark, so its score adds up ({@link ScoreBreakdown}). Overrides are
 * append-only and audited.
 */
@ApplicationScoped
public class OverrideService {

    /** Longest score text read; anything longer is not a score. */
    private static final int SCORE_TEXT_MAX = 32;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Most digits a score may have before or after the point. */
    private static final int ORDINARY_DIGITS = 12;

    /**
     * A new score as sent.
     *
     * @param attemptId the attempt the answer must belong to; null for any
     * @param score the score as typed
     * @param reason why the score changes
     * @param gradeId the grade the reviewer saw; null skips the check (scripts)
     * @param overrideId the override the reviewer saw, 0 for none; null skips the check (the API requires it)
     */
    public record OverrideInput(Long attemptId, String score, String reason, Long gradeId, Long overrideId) {
    }

    /**
     * Criteria and misconceptions as a reviewer marks them; those not named keep their current marks.
     *
     * @param points a criterion's points as typed, by criterion id
     * @param met whether a criterion is met (all its points) or not (none), by id; points win when both are given
     * @param applies whether a misconception applies, by id
     * @param adjustment a free adjustment as typed; empty or null for none
     */
    public record CriteriaInput(Long attemptId, Map<String, String> points, Map<String, Boolean> met,
            Map<String, Boolean> applies, String adjustment, String reason, Long gradeId, Long overrideId) {
    }

    /** The saved override with the attempt's new totals and the score's breakdown. */
    public record OverrideResult(long overrideId, long answerId, long attemptId, int position, double score,
            Double automaticScore, double max, AttemptScores.Totals totals, ScoreBreakdown breakdown) {
    }

    private final AuditService audit;
    private final AttemptScores scores;
    private final AssayConfig config;

    private final Breakdowns breakdowns;

    public OverrideService(AuditService audit, AttemptScores scores, AssayConfig config, Breakdowns breakdowns) {
        this.audit = audit;
        this.scores = scores;
        this.config = config;
        this.breakdowns = breakdowns;
    }

    /** A whole score for the answer, kept as its current criteria plus the free adjustment that reaches it. */
    @Transactional
    public OverrideResult override(long answerId, OverrideInput input, String reviewer) {
        var answer = find(answerId, input.attemptId());
        ReviewLocks.lockOpen(answer.attempt.id, "change a score");
        // An answer the engine has not graded (or could not) is scored by hand, against its question's points
        var current = scores.answer(answer.id);
        var score = validate(input, current.max());
        checkSeen(input.gradeId(), input.overrideId(), current);
        var breakdown = breakdowns.of(answer, current);
        var revision = breakdown.revise(Map.of(), Map.of(), score - breakdown.base());
        var reason = input.reason().strip();
        var after = Numbers.points(score) + " of " + Numbers.points(current.max()) + ": " + reason;
        return save(answer, current, revision, reason, reviewer, after);
    }

    /** A score from the criteria and misconceptions as the reviewer marks them, plus an optional adjustment. */
    @Transactional
    public OverrideResult overrideCriteria(long answerId, CriteriaInput input, String reviewer) {
        var answer = find(answerId, input.attemptId());
        ReviewLocks.lockOpen(answer.attempt.id, "change a score");
        var current = scores.answer(answer.id);
        var breakdown = breakdowns.of(answer, current);
        var errors = new FormErrors.Builder();
        var points = criterionPoints(input, breakdown, errors);
        var applies = new LinkedHashMap<String, Boolean>();
        nonNull(input.applies()).forEach((id, on) -> {
            if (!breakdown.hasMisconception(id)) {
                errors.add("m-" + id, "This question has no misconception \"" + id + "\"; it has: "
                        + String.join(", ", breakdown.misconceptions().stream()
                                .map(ScoreBreakdown.MisconceptionLine::id).toList()) + ".");
            } else {
                applies.put(id, Boolean.TRUE.equals(on));
            }
        });
        var adjustment = adjustment(input.adjustment(), current.max(), errors);
        var reason = checkReason(input.reason(), errors);
        var found = errors.build();
        if (found.any()) {
            throw new InvalidInputException(found);
        }
        checkSeen(input.gradeId(), input.overrideId(), current);
        var revision = breakdown.revise(points, applies, adjustment);
        var after = Numbers.points(revision.score()) + " of " + Numbers.points(current.max()) + ": "
                + changes(breakdown, points, applies, revision) + ". " + reason;
        return save(answer, current, revision, reason, reviewer, after);
    }

    private static Answer find(long answerId, Long attemptId) {
        return Answer.<Answer>findByIdOptional(answerId)
                .filter(a -> attemptId == null || attemptId.equals(a.attempt.id))
                .orElseThrow(() -> new NotFoundException("There is no answer " + answerId + "."));
    }

    private OverrideResult save(Answer answer, AnswerScore current, ScoreBreakdown.Revision revision, String reason,
            String reviewer, String after) {
        var override = new ScoreOverride();
        override.answer = answer;
        override.grade = current.graded() ? Grade.findById(current.gradeId()) : null;
        override.reviewer = reviewer;
        override.score = revision.score();
        override.adjustment = revision.adjustment();
        override.reason = reason;
        revision.marks().forEach(m -> override.marks.add(OverrideMark.of(m.misconception() ? OverrideMark.MISCONCEPTION
                : OverrideMark.CRITERION, m.itemId(), m.points(), m.changed())));
        override.persistAndFlush();
        var max = Numbers.points(current.max());
        var before = current.overridden() ? Numbers.points(current.override().score()) + " of " + max + ", set by "
                + current.override().reviewer() + ": " + current.override().reason()
                : current.graded() ? Numbers.points(current.automatic()) + " of " + max + ", automatic"
                        : "not graded";
        audit.record(reviewer, ReviewAudit.SCORE_OVERRIDDEN, ReviewAudit.ANSWER, answer.id, before, after);
        var now = scores.answer(answer.id);
        var attemptId = answer.attempt.id;
        return new OverrideResult(override.id, answer.id, attemptId, answer.position, revision.score(),
                current.automatic(), current.max(), scores.totals(attemptId), breakdowns.of(answer, now));
    }

    private static Map<String, Double> criterionPoints(CriteriaInput input, ScoreBreakdown breakdown,
            FormErrors.Builder errors) {
        var points = new LinkedHashMap<String, Double>();
        var named = new ArrayList<String>(nonNull(input.met()).keySet());
        nonNull(input.points()).keySet().stream().filter(id -> !named.contains(id)).forEach(named::add);
        for (var id : named) {
            if (!breakdown.hasCriterion(id)) {
                errors.add("c-" + id, "This question has no criterion \"" + id + "\"; it has: " + String.join(", ",
                        breakdown.criteria().stream().map(ScoreBreakdown.CriterionLine::id).toList()) + ".");
                continue;
            }
            var line = breakdown.criterion(id);
            var text = nonNull(input.points()).get(id);
            if (text == null || text.isBlank()) {
                points.put(id, Boolean.TRUE.equals(nonNull(input.met()).get(id)) ? line.max() : 0.0);
                continue;
            }
            var value = parse(text.strip()).filter(OverrideService::ordinary);
            var maxText = Numbers.points(line.max());
            if (value.isEmpty() || value.get().signum() < 0
                    || value.get().compareTo(BigDecimal.valueOf(line.max())) > 0) {
                errors.add("c-" + id, "Give " + id + " from 0 to " + maxText + " points.");
            } else {
                points.put(id, value.get().doubleValue());
            }
        }
        return points;
    }

    private static double adjustment(String text, double max, FormErrors.Builder errors) {
        var typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return 0;
        }
        var value = parse(typed).filter(OverrideService::ordinary);
        var maxText = Numbers.points(max);
        if (value.isEmpty() || value.get().abs().compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add("adjustment", "Give an adjustment from -" + maxText + " to " + maxText + " points, or leave it"
                    + " empty.");
            return 0;
        }
        return value.get().doubleValue();
    }

    private String checkReason(String text, FormErrors.Builder errors) {
        return checkReason(text, "reason", config.review().reasonChars(), errors);
    }

    /** A required reason of at most {@code reasonChars} characters, stripped; adds an error for {@code field}. */
    public static String checkReason(String text, String field, int reasonChars, FormErrors.Builder errors) {
        var reason = text == null ? "" : text.strip();
        errors.addIf(reason.isEmpty(), field, "Give a reason for the change; it is kept in the history.")
                .addIf(reason.length() > reasonChars, field,
                        "Keep the reason to " + reasonChars + " characters or fewer (it has " + reason.length()
                                + ").");
        return reason;
    }

    /** The criteria and misconceptions whose marks change, in words, for the history. */
    private static String changes(ScoreBreakdown before, Map<String, Double> points, Map<String, Boolean> applies,
            ScoreBreakdown.Revision revision) {
        var parts = new ArrayList<String>();
        before.criteria().forEach(c -> {
            var p = points.get(c.id());
            if (p != null && p != c.points()) {
                parts.add(c.id() + " " + Numbers.points(p) + " of " + Numbers.points(c.max()) + " (was "
                        + Numbers.points(c.points()) + ")");
            }
        });
        before.misconceptions().forEach(m -> {
            var on = applies.get(m.id());
            if (on != null && on != m.applies()) {
                parts.add(m.id() + (on ? " applies" : " does not apply"));
            }
        });
        if (Math.abs(revision.adjustment()) >= 0.005) {
            parts.add("adjustment " + Numbers.signedPoints(revision.adjustment()));
        }
        return parts.isEmpty() ? "criteria unchanged" : String.join(", ", parts);
    }

    private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private double validate(OverrideInput input, double max) {
        var errors = new FormErrors.Builder();
        var score = checkScore(input.score(), max, "score", errors);
        checkReason(input.reason(), errors);
        var found = errors.build();
        if (found.any()) {
            throw new InvalidInputException(found);
        }
        return score;
    }

    /**
     * A score as typed, from 0 to {@code max} in whole or half points; adds an error for {@code field} and returns
     * 0 otherwise.
     */
    public static double checkScore(String typed, double max, String field, FormErrors.Builder errors) {
        var text = typed == null ? "" : typed.strip();
        var maxText = Numbers.points(max);
        if (text.isEmpty()) {
            errors.add(field, "Enter the new score, from 0 to " + maxText + ".");
        }
        var score = parse(text);
        if (!text.isEmpty() && score.isEmpty()) {
            errors.add(field, "Enter a number, such as 7 or 6.5.");
        }
        boolean[] valid = { score.isPresent() };
        score.ifPresent(s -> {
            boolean outside = !ordinary(s) || s.signum() < 0 || s.compareTo(BigDecimal.valueOf(max)) > 0;
            boolean notHalf = ordinary(s) && s.multiply(TWO).stripTrailingZeros().scale() > 0;
            errors.addIf(outside, field, "Enter a score from 0 to " + maxText + ".")
                    .addIf(notHalf, field, "Use whole or half points, such as 7 or 6.5.");
            valid[0] = !outside && !notHalf;
        });
        return valid[0] ? score.orElseThrow().doubleValue() : 0;
    }

    /**
     * A number of ordinary size: "1E+400000000" is short to send, but comparing or rounding it would build a number
     * of hundreds of millions of digits.
     */
    private static boolean ordinary(BigDecimal score) {
        return Math.abs(score.scale()) <= ORDINARY_DIGITS && score.precision() - score.scale() <= ORDINARY_DIGITS;
    }

    private static Optional<BigDecimal> parse(String text) {
        if (text.isEmpty() || text.length() > SCORE_TEXT_MAX) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Refuses the change when the reviewer was looking at an older grade or override than the current one. */
    private static void checkSeen(Long seenGradeId, Long seenOverrideId, AnswerScore current) {
        var seen = current.override();
        long currentId = seen == null ? 0L : seen.id();
        if (seenOverrideId != null && seenOverrideId != currentId) {
            var message = seen == null ? "The score you were changing is no longer current."
                    : seen.reviewer() + " changed this score to " + Numbers.points(seen.score()) + " of "
                            + Numbers.points(current.max()) + " at " + Display.time(seen.at())
                            + " while you were editing, with the reason: \"" + seen.reason() + "\".";
            throw new ReviewConflictException(message + " Your score and reason are still in the form: check the"
                    + " new score, then send it again if you still want to change it.");
        }
        long gradeId = current.graded() ? current.gradeId() : 0L;
        if (seenGradeId != null && seenGradeId != gradeId) {
            throw new ReviewConflictException((current.graded() ? "The engine regraded this answer while you were"
                    + " editing: its automatic score is now " + Numbers.points(current.automatic()) + " of "
                    + Numbers.points(current.max()) + "." : "The answer you were scoring has changed.")
                    + " Your score and reason are still in the form: check, then send them again.");
        }
    }
}
