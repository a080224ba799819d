package org.assay.review.transcript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.assay.assessment.Invitation;
import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.CriterionStatus;
import org.assay.engine.score.Evidence;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.MatchKind;
import org.assay.engine.score.MisconceptionResult;
import org.assay.review.Display;
import org.assay.review.FlagTexts;
import org.assay.review.ReviewAudit;
import org.assay.review.transcript.AnswerHighlighter.Span;
import org.assay.review.transcript.TranscriptService.Item;
import org.assay.review.transcript.TranscriptService.Loaded;
import org.assay.grading.ScoreBreakdown;
import org.assay.review.transcript.TranscriptView.CriteriaForm;
import org.assay.review.transcript.TranscriptView.CriterionView;
import org.assay.review.transcript.TranscriptView.DecisionForm;
import org.assay.review.transcript.TranscriptView.EvidenceLine;
import org.assay.review.transcript.TranscriptView.FlagView;
import org.assay.review.transcript.TranscriptView.Header;
import org.assay.review.transcript.TranscriptView.HistoryLine;
import org.assay.review.transcript.TranscriptView.MisconceptionView;
import org.assay.review.transcript.TranscriptView.OverrideForm;
import org.assay.review.transcript.TranscriptView.QuestionView;
import org.assay.review.transcript.TranscriptView.ScoreView;
import org.assay.review.transcript.TranscriptView.SimilarView;
import org.assay.review.transcript.TranscriptView.SumView;
import org.assay.review.transcript.TranscriptView.Totals;
import org.assay.session.Answer;
import org.assay.session.AttemptService;
import org.assay.session.AttemptStatus;
import org.assay.session.IntegrityService;
import org.assay.web.FormErrors;
import org.assay.web.Numbers;

/** Turns a loaded attempt into the transcript page's view records. */
final class TranscriptViews {

    private TranscriptViews() {
    }

    static TranscriptView of(Loaded loaded, int summaryChars, Map<Long, List<SimilarView>> similar) {
        var header = header(loaded);
        var reviewed = loaded.attempt().reviewed;
        boolean hidden = loaded.second().blind();
        var questions = loaded.items().stream().map(item -> question(item, reviewed,
                similar.getOrDefault(item.answer().id, List.of()), hidden)).toList();
        var decision = DecisionForm.of(header.recommendation(), header.summary(), header.version(),
                FormErrors.NONE, "", summaryChars);
        var titles = new HashMap<Long, String>();
        loaded.items().forEach(item -> titles.put(item.answer().id, item.title()));
        return new TranscriptView(header, totals(loaded), questions, history(loaded), decision, "",
                SecondMarkingView.of(loaded.second(), titles));
    }

    private static Header header(Loaded loaded) {
        var attempt = loaded.attempt();
        var blind = loaded.assessment().blindReview;
        var hidden = Display.nameHidden(blind, attempt.reviewed);
        // A blind second reviewer sees neither the first reviewer's recommendation nor summary
        var marksHidden = loaded.second().blind();
        return new Header(attempt.id, Display.candidate(blind, attempt.reviewed, attempt.id,
                loaded.invitation().candidateName), hidden, hidden ? "" : loaded.invitation().candidateEmail,
                loaded.assessment().id, loaded.assessment().title, statusLabel(attempt.status),
                attempt.status == AttemptStatus.SUBMITTED, Display.time(attempt.startedAt),
                Display.time(attempt.submittedAt), attempt.reviewed, attempt.reviewedBy == null ? ""
                        : attempt.reviewedBy, Display.time(attempt.reviewedAt),
                attempt.recommendation == null || marksHidden ? "" : attempt.recommendation,
                attempt.summary == null || marksHidden ? "" : attempt.summary, attempt.version,
                AttemptService.reference(attempt),
                timeAllowed(loaded.invitation(), loaded.assessment().timeLimitMinutes),
                IntegrityService.summary(attempt));
    }

    /** "45 minutes (30 + 50% extra time)" for an invitation with extra time, else the plain limit. */
    static String timeAllowed(Invitation invitation, int limitMinutes) {
        var extra = invitation.extraTime(limitMinutes);
        if (extra.isZero()) {
            return limitMinutes + " minutes";
        }
        long total = (Duration.ofMinutes(limitMinutes).plus(extra).toSeconds() + 59) / 60;
        return total + " minutes (" + limitMinutes + " + " + invitation.extraTimeLabel().substring(1)
                + " extra time)";
    }

    static String statusLabel(AttemptStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Totals totals(Loaded loaded) {
        var items = loaded.items();
        var totals = loaded.totals();
        return new Totals(Numbers.points(totals.automatic()), Numbers.points(totals.finalScore()),
                Numbers.points(totals.max()), totals.overridden(), totals.flags(),
                (int) items.stream().filter(item -> item.score().graded()).count(), items.size(), totals.scored(),
                loaded.second().blind());
    }

    private static QuestionView question(Item item, boolean reviewed, List<SimilarView> similar, boolean hidden) {
        var answer = item.answer();
        var report = item.report();
        var breakdown = item.breakdown();
        var loose = item.looseExpressions();
        var criteria = criteria(breakdown, report.map(GradeReport::criteria).orElse(List.of()), loose);
        var misconceptions = misconceptions(breakdown, report.map(GradeReport::misconceptions).orElse(List.of()),
                loose);
        var flags = new ArrayList<FlagView>();
        report.ifPresent(r -> r.flags().forEach(f -> flags.add(flag(f.code(), f.message()))));
        similar.forEach(s -> flags.add(flag(FlagCode.COPIED_TEXT, s.share() + " of the answer's words ("
                + s.words() + ") repeat the answer of " + s.otherCandidate() + ".")));
        var segments = AnswerHighlighter.segments(answer.text, report.map(TranscriptViews::spans).orElse(List.of()));
        var score = item.score();
        var form = new OverrideForm("", "", score.graded() ? score.gradeId() : 0L,
                score.overridden() ? score.override().id() : 0L, FormErrors.NONE, "");
        var criteriaForm = new CriteriaForm(breakdown.byReviewer() && breakdown.adjusted()
                ? Numbers.points(breakdown.adjustment()) : "", "", form.gradeId(), form.overrideId(),
                FormErrors.NONE, "");
        return new QuestionView(answer.id, answer.position, answer.question.qid, answer.question.bank.key,
                item.title(), item.rubric().map(r -> r.prompt()).orElse(item.title()), segments,
                answer.text.isBlank(), criteria, misconceptions, flags, Display.duration(answer.secondsSpent),
                answer.saveCount, score(item, hidden), score.settled(reviewed), item.kept(), form, similar,
                sum(breakdown), criteriaForm, item.examples().orElse(null), teaches(answer));
    }

    /** Overrides of the answer's question are scored examples when its bank uses examples and opts overrides in. */
    static boolean teaches(Answer answer) {
        var bank = answer.question.bank;
        return bank.examplesAsEvidence && bank.overridesAsExamples;
    }

    private static SumView sum(ScoreBreakdown b) {
        return new SumView(Numbers.points(b.criteriaPoints()), Numbers.points(b.penalties()),
                Numbers.points(b.base()), Numbers.signedPoints(b.adjustment()), b.adjusted(), b.byReviewer(),
                Numbers.points(b.score()), Numbers.points(b.max()));
    }

    private static FlagView flag(FlagCode code, String message) {
        return new FlagView(code.name(), FlagTexts.title(code), message, FlagTexts.explanation(code));
    }

    private static ScoreView score(Item item, boolean hidden) {
        var score = item.score();
        var override = Optional.ofNullable(score.override());
        var confidence = item.report().map(r -> Numbers.percent(r.confidence())).orElse("");
        return new ScoreView(score.graded(), score.graded() ? Numbers.points(score.automatic()) : "",
                Numbers.points(score.score()), Numbers.points(score.max()), score.overridden(),
                override.map(o -> o.reviewer()).orElse(""), override.map(o -> Display.time(o.at())).orElse(""),
                override.map(o -> o.reason()).orElse(""), score.regradedSince(), confidence,
                item.grading().state(), item.grading().error(), String.join(", ", score.channels()), hidden);
    }

    private static List<CriterionView> criteria(ScoreBreakdown breakdown, List<CriterionResult> results,
            Set<String> loose) {
        var evidence = new HashMap<String, List<EvidenceLine>>();
        results.forEach(c -> evidence.putIfAbsent(c.id(), c.evidence().stream().map(e -> line(e, loose)).toList()));
        var views = new ArrayList<CriterionView>();
        var lines = breakdown.criteria();
        for (int i = 0; i < lines.size(); i++) {
            var c = lines.get(i);
            views.add(new CriterionView("C" + (i + 1), c.id(), c.label(), statusLabel(c.status()),
                    c.status().name().toLowerCase(Locale.ROOT), Numbers.points(c.points()), Numbers.points(c.max()),
                    evidence.getOrDefault(c.id(), List.of()), Numbers.points(c.enginePoints()), c.changed(),
                    Numbers.points(c.points())));
        }
        return views;
    }

    private static String statusLabel(CriterionStatus status) {
        return switch (status) {
            case MET -> "met";
            case PARTIAL -> "partly met";
            case MISSING -> "missing";
        };
    }

    private static List<MisconceptionView> misconceptions(ScoreBreakdown breakdown,
            List<MisconceptionResult> results, Set<String> loose) {
        var evidence = new HashMap<String, List<EvidenceLine>>();
        results.forEach(m -> evidence.putIfAbsent(m.id(), m.evidence().stream().map(e -> line(e, loose)).toList()));
        var views = new ArrayList<MisconceptionView>();
        var lines = breakdown.misconceptions();
        for (int i = 0; i < lines.size(); i++) {
            var m = lines.get(i);
            views.add(new MisconceptionView("M" + (i + 1), m.id(), m.label(), Numbers.points(m.penalty()),
                    evidence.getOrDefault(m.id(), List.of()), m.applies(), m.found(), m.changed(), m.applies()));
        }
        return views;
    }

    private static EvidenceLine line(Evidence e, Set<String> loose) {
        return new EvidenceLine(e.text(), e.matched(), e.kind().name().toLowerCase(Locale.ROOT),
                MatchKinds.explain(e.kind()), e.negated(),
                e.kind() != MatchKind.SEMANTIC && loose.contains(e.matched()));
    }

    /**
     * Highlights for every criterion's and misconception's evidence, referenced as C1 … and M1 …, and for the spans
     * a flag is about, as F.
     */
    static List<Span> spans(GradeReport report) {
        var criteria = report.criteria();
        var misconceptions = report.misconceptions();
        var spans = new ArrayList<Span>();
        for (int i = 0; i < criteria.size(); i++) {
            var c = criteria.get(i);
            var ref = "C" + (i + 1);
            c.evidence().forEach(e -> spans.add(span(e, ref, c.label(), false)));
        }
        for (int i = 0; i < misconceptions.size(); i++) {
            var m = misconceptions.get(i);
            var ref = "M" + (i + 1);
            m.evidence().forEach(e -> spans.add(span(e, ref, m.label(), true)));
        }
        for (var f : report.flags()) {
            f.evidence().forEach(e -> spans.add(span(e, "F", FlagTexts.title(f.code()), true)));
        }
        return spans;
    }

    private static Span span(Evidence e, String ref, String label, boolean misconception) {
        var mark = new Mark(ref, label, e.kind(), e.matched(), e.negated(), misconception);
        return new Span(e.start(), e.end(), e.text(), mark);
    }

    private static List<HistoryLine> history(Loaded loaded) {
        var positions = new HashMap<Long, Integer>();
        loaded.items().forEach(item -> positions.put(item.answer().id, item.answer().position));
        return loaded.events().stream().map(e -> new HistoryLine(Display.time(e.createdAt), e.actor,
                ReviewAudit.describe(e.action, ReviewAudit.ANSWER.equals(e.entityType)
                        ? positions.getOrDefault(e.entityId, 0) : 0),
                Optional.ofNullable(e.beforeValue).orElse(""), Optional.ofNullable(e.afterValue).orElse("")))
                .toList();
    }
}
