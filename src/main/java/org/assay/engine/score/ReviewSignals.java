package org.assay.engine.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report shows about how firmly its score stands, as numbers: the inputs of the {@link ReviewModel}. Each is
 * a share of the maximum or a 0/1 indicator, so one set of weights serves questions of any number of points.
 */
final class ReviewSignals {

    /** Signal names, in the order the model file lists their weights. */
    static final List<String> NAMES = List.of(
            "middle", "share", "hump", "expression", "naming", "keywords", "similarity", "partial", "near_miss",
            "disagreement", "similarity_beyond", "misconception", "deducted", "keyword_list", "off_topic", "negated",
            "too_short", "other_language", "addresses_grader", "words", "unfamiliar", "uncredited", "list_items",
            "not_asserted", "brief", "earned_deducted");

    /** Share of the maximum between which the former hand-set rule routed every grade; kept as one signal. */
    static final double LOW_SHARE = 0.3;
    static final double HIGH_SHARE = 0.85;
    /** Answers this long or longer count as long ({@code words} is 1). */
    private static final double LONG_ANSWER = 200;
    /** An answer under this many words is brief: it has little room to explain what it names. */
    private static final double BRIEF_WORDS = 40;

    /**
     * How the answer is put, beyond what it earned.
     *
     * @param listItems share of the answer's words that are list items, whether or not that made it a keyword list
     * @param notAsserted share of its words the candidate does not state as their own (reported, rejected, supposed)
     * @param earned the points the criteria earned before misconceptions deducted any
     */
    record Shape(double listItems, double notAsserted, double earned) {
    }

    private ReviewSignals() {
    }

    /**
     * The signals of one grade.
     *
     * @param score the score after caps and deductions
     * @param max the question's points
     * @param outcomes what each criterion earned, and from which channel
     * @param misconceptions what each misconception found deducted
     * @param flags the flags raised so far
     * @param words the answer's word count
     * @param unfamiliar share of the answer's content words (beyond the question's) that the rubric does not use
     * @param uncredited share of the answer's sentences where no criterion or misconception found evidence
     * @param shape how the answer is put: list items, claims not its own, points before deductions
     */
    static Map<String, Double> of(double score, double max, List<CriterionOutcome> outcomes,
            List<MisconceptionResult> misconceptions, List<Flag> flags, int words, double unfamiliar,
            double uncredited, Shape shape) {
        Map<String, Double> s = new LinkedHashMap<>();
        double share = max > 0 ? score / max : 0;
        s.put("middle", share >= LOW_SHARE - 1e-9 && share <= HIGH_SHARE + 1e-9 ? 1.0 : 0.0);
        s.put("share", share);
        s.put("hump", 4 * share * (1 - share));
        double[] bySource = new double[CriterionOutcome.Source.values().length];
        double partial = 0;
        double nearMiss = 0;
        double disagreement = 0;
        double beyond = 0;
        for (CriterionOutcome o : outcomes) {
            CriterionResult r = o.result();
            bySource[o.source().ordinal()] += r.points();
            if (r.status() == CriterionStatus.PARTIAL) {
                partial += r.max() - r.points();
            }
            if (o.nearMiss()) {
                nearMiss += r.max();
            }
            if (!Double.isNaN(o.similarity())) {
                disagreement += r.max() * Math.abs(o.similarity() - o.lexical());
                beyond += r.max() * Math.max(0, o.similarity() - o.lexical());
            }
        }
        s.put("expression", ofMax(bySource[CriterionOutcome.Source.EXPRESSION.ordinal()], max));
        s.put("naming", ofMax(bySource[CriterionOutcome.Source.NAMING.ordinal()], max));
        s.put("keywords", ofMax(bySource[CriterionOutcome.Source.KEYWORDS.ordinal()], max));
        s.put("similarity", ofMax(bySource[CriterionOutcome.Source.SEMANTIC.ordinal()], max));
        s.put("partial", ofMax(partial, max));
        s.put("near_miss", ofMax(nearMiss, max));
        s.put("disagreement", ofMax(disagreement, max));
        s.put("similarity_beyond", ofMax(beyond, max));
        s.put("misconception", misconceptions.isEmpty() ? 0.0 : 1.0);
        s.put("deducted", ofMax(misconceptions.stream().mapToDouble(MisconceptionResult::penalty).sum(), max));
        s.put("keyword_list", has(flags, FlagCode.KEYWORD_LIST));
        s.put("off_topic", has(flags, FlagCode.OFF_TOPIC));
        s.put("negated", has(flags, FlagCode.NEGATED_CONCEPT));
        s.put("too_short", has(flags, FlagCode.TOO_SHORT));
        s.put("other_language", has(flags, FlagCode.OTHER_LANGUAGE));
        s.put("addresses_grader", has(flags, FlagCode.ADDRESSES_GRADER));
        s.put("words", Math.min(1, Math.log1p(words) / Math.log1p(LONG_ANSWER)));
        s.put("unfamiliar", unfamiliar);
        s.put("uncredited", uncredited);
        s.put("list_items", shape.listItems());
        s.put("not_asserted", shape.notAsserted());
        // a short answer that scores well may only name what it should explain
        s.put("brief", share * Math.max(0, 1 - words / BRIEF_WORDS));
        // points a misconception took from an answer that earned them: graders often leave partial credit
        s.put("earned_deducted", misconceptions.isEmpty() ? 0.0 : ofMax(shape.earned(), max));
        return s;
    }

    private static double ofMax(double points, double max) {
        return max > 0 ? Math.min(1, points / max) : 0;
    }

    private static double has(List<Flag> flags, FlagCode code) {
        return flags.stream().anyMatch(f -> f.code() == code) ? 1.0 : 0.0;
    }
}
