package org.assay.engine.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.ExampleEvidence;
import org.assay.engine.score.Flag;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.MisconceptionResult;
import org.assay.engine.score.ReviewEstimate;

/**
 * An input row with its grade, on the scale the scores are reported on.
 *
 * @param row the input row
 * @param score the score on the reported scale
 * @param max the maximum on the reported scale
 * @param flags the report's flag codes
 * @param criteria points per criterion id, on the reported scale
 * @param misconceptions ids of the misconceptions found
 * @param rubricScore the rubric's own score on the reported scale, which differs from score when examples moved it
 * @param examples how the examples moved the score, or null when no examples were used
 * @param review the chance that a grader differs by 30% or more and its signals, or null when not recorded
 */
record GradedRow(InputRow row, double score, double max, List<String> flags, Map<String, Double> criteria,
        List<String> misconceptions, double rubricScore, ExampleEvidence examples, ReviewEstimate review) {

    /** Rescales a report to {@code 0..scaleMax}, or keeps its own scale when scaleMax is NaN. */
    static GradedRow of(InputRow row, GradeReport report, double scaleMax) {
        double factor = Double.isNaN(scaleMax) ? 1 : scaleMax / report.max();
        Map<String, Double> criteria = new LinkedHashMap<>();
        for (CriterionResult criterion : report.criteria()) {
            criteria.put(criterion.id(), criterion.points() * factor);
        }
        List<String> flags = report.flags().stream().map(Flag::code).map(Enum::name).toList();
        List<String> misconceptions = report.misconceptions().stream().map(MisconceptionResult::id).toList();
        return new GradedRow(row, report.score() * factor, report.max() * factor, flags, criteria, misconceptions,
                report.rubricScore() * factor, report.examples(), report.review());
    }
}
