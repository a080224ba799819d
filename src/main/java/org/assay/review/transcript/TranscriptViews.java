package org.assay.review.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.CriterionStatus;
import org.assay.engine.score.Evidence;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.MisconceptionResult;
import org.assay.grading.Grade;
import org.assay.grading.SettledScore;
import org.assay.review.Display;
import org.assay.review.FlagTexts;
import org.assay.review.ReviewAudit;
import org.assay.review.transcript.AnswerHighlighter.Span;
import org.assay.review.transcript.TranscriptService.Item;
import org.assay.review.transcript.TranscriptService.Loaded;
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
import org.assay.review.transcript.TranscriptView.Totals;
import org.assay.session.AttemptStatus;
import org.assay.web.FormErrors;

/** Turns a loaded attempt into the transcript page's view records. */
final class TranscriptViews {

    private TranscriptViews() {
    }

    static TranscriptView of(Loaded loaded, int summaryChars) {
        var header = header(loaded);
        var reviewed = loaded.attempt().reviewed;
        var questions = loaded.items().stream().map(item -> question(item, reviewed)).toList();
        var decision = DecisionForm.of(header.recommendation(), header.summary(), header.version(),
                FormErrors.NONE, "", summaryChars);
        return new TranscriptView(header, totals(loaded), questions, history(loaded), decision, "");
    }

    private static Header header(Loaded loaded) {
        var attempt = loaded.attempt();
        var blind = loaded.assessment().blindReview;
        var hidden = Display.nameHidden(blind, attempt.reviewed);
        return new Header(attempt.id, Display.candidate(blind, attempt.reviewed, attempt.id,
                loaded.invitation().candidateName), hidden, hidden ? "" : loaded.invitation().candidateEmail,
                loaded.assessment().id, loaded.assessment().title, statusLabel(attempt.status),
                attempt.status == AttemptStatus.SUBMITTED, Display.time(attempt.startedAt),
                Display.time(attempt.submittedAt), attempt.reviewed, attempt.reviewedBy == null ? ""
                        : attempt.reviewedBy, Display.time(attempt.reviewedAt),
                attempt.recommendation == null ? "" : attempt.recommendation,
                attempt.summary == null ? "" : attempt.summary, attempt.version);
    }

    static String statusLabel(AttemptStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Totals totals(Loaded loaded) {
        var items = loaded.items();
        var graded = items.stream().filter(item -> item.grade().isPresent()).toList();
        int overridden = (int) items.stream().filter(item -> item.override().isPresent()).count();
        int flags = graded.stream().mapToInt(item -> item.grade().orElseThrow().flagCount).sum();
        return new Totals(Display.points(loaded.automaticTotal()), Display.points(loaded.finalTotal()),
                Display.points(loaded.maxTotal()), overridden, flags, graded.size(), items.size(),
                (int) items.stream().filter(item -> item.finalScore().isPresent()).count());
    }

    private static QuestionView question(Item item, boolean reviewed) {
        var answer = item.answer();
        var report = item.report();
        var criteria = report.map(r -> criteria(r.criteria())).orElse(List.of());
        var misconceptions = report.map(r -> misconceptions(r.misconceptions())).orElse(List.of());
        var flags = report.map(r -> r.flags().stream().map(f -> new FlagView(f.code().name(),
                FlagTexts.title(f.code()), f.message(), FlagTexts.explanation(f.code()))).toList())
                .orElse(List.of());
        var segments = AnswerHighlighter.segments(answer.text, report.map(TranscriptViews::spans).orElse(List.of()));
        var form = new OverrideForm("", "", item.grade().map(g -> g.id).orElse(0L),
                item.override().map(o -> o.id).orElse(0L), FormErrors.NONE, "");
        var settled = SettledScore.settled(item.override().isPresent(), reviewed, item.grade().isPresent());
        return new QuestionView(answer.id, answer.position, answer.question.qid, answer.question.bank.key,
                answer.question.title, item.rubric().map(r -> r.prompt()).orElse(answer.question.title), segments,
                answer.text.isBlank(), criteria, misconceptions, flags, Display.duration(answer.secondsSpent),
                answer.saveCount, score(item), settled, item.kept(), form);
    }

    private static ScoreView score(Item item) {
        var grade = item.grade();
        var override = item.override();
        var confidence = item.report().map(r -> Math.round(r.confidence() * 100) + "%").orElse("");
        return new ScoreView(grade.isPresent(), grade.map(g -> Display.points(g.score)).orElse(""),
                Display.points(item.finalScore().orElse(null)), Display.points(item.max()), override.isPresent(),
                override.map(o -> o.reviewer).orElse(""), override.map(o -> Display.time(o.createdAt)).orElse(""),
                override.map(o -> o.reason).orElse(""),
                override.isPresent() && grade.isPresent()
                        && (override.get().grade == null || !override.get().grade.id.equals(grade.get().id)),
                confidence, item.grading().state(), item.grading().error(),
                String.join(", ", grade.map(Grade::channelList).orElse(List.of())));
    }

    private static List<CriterionView> criteria(List<CriterionResult> results) {
        var views = new ArrayList<CriterionView>();
        for (int i = 0; i < results.size(); i++) {
            var c = results.get(i);
            views.add(new CriterionView("C" + (i + 1), c.label(), statusLabel(c.status()),
                    c.status().name().toLowerCase(Locale.ROOT), Display.points(c.points()), Display.points(c.max()),
                    c.evidence().stream().map(TranscriptViews::line).toList()));
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

    private static List<MisconceptionView> misconceptions(List<MisconceptionResult> results) {
        var views = new ArrayList<MisconceptionView>();
        for (int i = 0; i < results.size(); i++) {
            var m = results.get(i);
            views.add(new MisconceptionView("M" + (i + 1), m.label(), Display.points(m.penalty()),
                    m.evidence().stream().map(TranscriptViews::line).toList()));
        }
        return views;
    }

    private static EvidenceLine line(Evidence e) {
        return new EvidenceLine(e.text(), e.matched(), e.kind().name().toLowerCase(Locale.ROOT),
                MatchKinds.explain(e.kind()), e.negated());
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
