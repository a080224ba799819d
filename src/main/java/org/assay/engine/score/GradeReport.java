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
        List<String> channels) {

    public GradeReport {
        criteria = List.copyOf(criteria);
        misconceptions = List.copyOf(misconceptions);
        flags = List.copyOf(flags);
        channels = channels == null ? List.of() : List.copyOf(channels);
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
                ran);
    }

    /** The same report with other flags. */
    public GradeReport withFlags(List<Flag> replaced) {
        return new GradeReport(score, max, criteria, misconceptions, replaced, confidence, engineVersion,
                rubricVersion, channels);
    }

    public boolean hasFlag(FlagCode code) {
        return flags.stream().anyMatch(f -> f.code() == code);
    }
}
