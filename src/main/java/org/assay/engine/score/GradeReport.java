package org.assay.engine.score;

import java.util.List;

/**
 * The engine's grade of one answer, with everything needed to explain it.
 *
 * @param score points awarded, in [0, max]
 * @param max the question's points
 * @param criteria one result per rubric criterion, in rubric order
 * @param misconceptions misconceptions found
 * @param flags reasons a human should look
 * @param confidence 0..1, how firmly the evidence supports the score
 * @param engineVersion version of the engine that produced the report
 * @param rubricVersion content fingerprint of the rubric graded against
 * @param channels the channels that produced the evidence ({@link org.assay.engine.Channel#key()}); empty when not
 *        recorded
 * @param examples how the question's scored examples moved the score, which is then the final score and differs from
 *        the rubric's ({@link ExampleEvidence#rubricScore()}); null when no examples were used
 * @param review how likely the grade is to be far from a grader's, on which the {@link FlagCode#NEEDS_REVIEW} route
 *        rests; null in reports stored before it was recorded
 */
public record GradeReport(
        double score,
        double max,
        List<CriterionResult> criteria,
        List<MisconceptionResult> misconceptions,
        List<Flag> flags,
        double confidence,
        String engineVersion,
        String rubricVersion,
        List<String> channels,
        ExampleEvidence examples,
        ReviewEstimate review) {

    public GradeReport {
        criteria = List.copyOf(criteria);
        misconceptions = List.copyOf(misconceptions);
        flags = List.copyOf(flags);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** A report without a review estimate. */
    public GradeReport(double score, double max, List<CriterionResult> criteria,
            List<MisconceptionResult> misconceptions, List<Flag> flags, double confidence, String engineVersion,
            String rubricVersion, List<String> channels, ExampleEvidence examples) {
        this(score, max, criteria, misconceptions, flags, confidence, engineVersion, rubricVersion, channels, examples,
                null);
    }

    /** A report graded by the rubric alone. */
    public GradeReport(double score, double max, List<CriterionResult> criteria,
            List<MisconceptionResult> misconceptions, List<Flag> flags, double confidence, String engineVersion,
            String rubricVersion, List<String> channels) {
        this(score, max, criteria, misconceptions, flags, confidence, engineVersion, rubricVersion, channels, null);
    }

    /** A report whose channels are not recorded. */
    public GradeReport(double score, double max, List<CriterionResult> criteria,
            List<MisconceptionResult> misconceptions, List<Flag> flags, double confidence, String engineVersion,
            String rubricVersion) {
        this(score, max, criteria, misconceptions, flags, confidence, engineVersion, rubricVersion, List.of());
    }

    /** The same report, recording which channels produced it. */
    public GradeReport withChannels(List<String> ran) {
        return new GradeReport(score, max, criteria, misconceptions, flags, confidence, engineVersion, rubricVersion,
                ran, examples, review);
    }

    /** The same report with other flags. */
    public GradeReport withFlags(List<Flag> replaced) {
        return new GradeReport(score, max, criteria, misconceptions, replaced, confidence, engineVersion,
                rubricVersion, channels, examples, review);
    }

    /** The same report with a final score that the question's examples moved, keeping the rubric's apart. */
    public GradeReport withExamples(double finalScore, ExampleEvidence evidence) {
        return new GradeReport(finalScore, max, criteria, misconceptions, flags, confidence, engineVersion,
                rubricVersion, channels, evidence, review);
    }

    /** The score the rubric's criteria gave, before any examples moved it. */
    public double rubricScore() {
        return examples == null ? score : examples.rubricScore();
    }

    public boolean hasFlag(FlagCode code) {
        return flags.stream().anyMatch(f -> f.code() == code);
    }
}
