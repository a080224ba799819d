package org.assay.grading;

import java.util.List;

import org.assay.engine.Grader;
import org.assay.engine.score.GradeReport;

/** Grade reports for tests that need one but not a real grading. */
final class FakeReports {

    private FakeReports() {
    }

    static GradeReport any() {
        return new GradeReport(5, 10, List.of(), List.of(), List.of(), 1, Grader.VERSION, "test", List.of("opennlp"));
    }
}
