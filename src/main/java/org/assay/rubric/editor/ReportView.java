package org.assay.rubric.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.Evidence;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.MatchKind;
import org.assay.engine.score.MisconceptionResult;
import org.assay.rubric.ExampleExplanation;
import org.assay.web.Numbers;

/**
 * A grade report as the try-it panel shows it: score, each criterion with its evidence, misconceptions, flags, and the
 * answer with the evidence highlighted.
 *
 * @param score points awarded
 * @param max the question's points
 * @param confidence how firmly the evidence supports the score, as a percentage
 * @param criteria one line per criterion, in rubric order
 * @param misconceptions misconceptions found
 * @param flags reasons a person should look
 * @param answer the answer cut into plain and highlighted pieces
 * @param millis how long grading took
 * @param against what was graded against: "draft" or "version N"
 * @param examples which scored examples moved the score and why; null when none took part
 * @param examplesNote why no scored examples took part; empty when they did
 */
public record ReportView(String score, String max, String confidence, List<CriterionLine> criteria,
        List<MisconceptionLine> misconceptions, List<FlagLine> flags, List<Segment> answer, long millis,
        String against, ExampleExplanation examples, String examplesNote) {

    /** The same report with what the question's scored examples did to it. */
    public ReportView withExamples(ExampleExplanation explained, String note) {
        return new ReportView(score, max, confidence, criteria, misconceptions, flags, answer, millis, against,
                explained, note);
    }

    /** How one criterion fared. */
    public record CriterionLine(String id, String label, String points, String max, String status,
            List<EvidenceLine> evidence) {
    }

    /** A misconception the answer states. */
    public record MisconceptionLine(String id, String label, String penalty, List<EvidenceLine> evidence) {
    }

    /**
     * A span of the answer and what it matched.
     *
     * @param loose whether it matched a loose expression, one that many answers say in passing
     */
    public record EvidenceLine(String text, String matched, String kind, boolean negated, boolean loose) {
    }

    public record FlagLine(String code, String message) {
    }

    /**
     * A piece of the answer text.
     *
     * @param text the characters
     * @param mark "" for plain text, otherwise "evidence", "negated" or "misconception"
     */
    public record Segment(String text, String mark) {
    }

    public static ReportView of(GradeReport report, String answer, long millis, String against) {
        return of(report, answer, millis, against, Set.of());
    }

    /** The report with evidence that rests on one of the {@code loose} expressions marked. */
    public static ReportView of(GradeReport report, String answer, long millis, String against, Set<String> loose) {
        return new ReportView(Numbers.points(report.score()), Numbers.exact(report.max()),
                Numbers.percent(report.confidence()),
                report.criteria().stream().map(c -> line(c, loose)).toList(),
                report.misconceptions().stream().map(m -> line(m, loose)).toList(),
                report.flags().stream().map(f -> new FlagLine(words(f.code().name()), f.message())).toList(),
                segments(report, answer), millis, against, null, "");
    }

    private static CriterionLine line(CriterionResult c, Set<String> loose) {
        return new CriterionLine(c.id(), c.label(), Numbers.points(c.points()), Numbers.exact(c.max()),
                words(c.status().name()), c.evidence().stream().map(e -> evidence(e, loose)).toList());
    }

    private static MisconceptionLine line(MisconceptionResult m, Set<String> loose) {
        return new MisconceptionLine(m.id(), m.label(), Numbers.exact(m.penalty()),
                m.evidence().stream().map(e -> evidence(e, loose)).toList());
    }

    private static EvidenceLine evidence(Evidence e, Set<String> loose) {
        return new EvidenceLine(e.text(), e.matched(), words(e.kind().name()), e.negated(),
                e.kind() != MatchKind.SEMANTIC && loose.contains(e.matched()));
    }

    /** The answer cut at evidence boundaries; where spans overlap, misconception beats evidence beats negated. */
    static List<Segment> segments(GradeReport report, String answer) {
        record Span(int start, int end, String mark, int rank) {
        }
        var spans = new ArrayList<Span>();
        report.criteria().forEach(c -> c.evidence().forEach(e -> spans.add(e.negated()
                ? new Span(e.start(), e.end(), "negated", 1) : new Span(e.start(), e.end(), "evidence", 2))));
        report.misconceptions().forEach(m -> m.evidence()
                .forEach(e -> spans.add(new Span(e.start(), e.end(), "misconception", 3))));
        var marks = new String[answer.length()];
        var ranks = new int[answer.length()];
        spans.sort(Comparator.comparingInt(Span::rank));
        for (var span : spans) {
            for (int i = Math.max(0, span.start()); i < Math.min(answer.length(), span.end()); i++) {
                if (span.rank() >= ranks[i]) {
                    marks[i] = span.mark();
                    ranks[i] = span.rank();
                }
            }
        }
        var out = new ArrayList<Segment>();
        int start = 0;
        for (int i = 1; i <= answer.length(); i++) {
            if (i == answer.length() || !same(marks[i], marks[start])) {
                out.add(new Segment(answer.substring(start, i), marks[start] == null ? "" : marks[start]));
                start = i;
            }
        }
        return out;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String words(String constant) {
        var text = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
