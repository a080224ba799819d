package org.assay.review.transcript;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

import org.assay.engine.score.GradeReport;
import org.assay.grading.Grade;

/** Reads the engine report stored with a grade. */
@ApplicationScoped
public class ReportReader {

    private final ObjectMapper json;

    public ReportReader(ObjectMapper json) {
        this.json = json;
    }

    /** The grade's report, or empty when it cannot be read; the transcript then shows the score without detail. */
    public Optional<GradeReport> read(Grade grade) {
        return read(grade.id, grade.report);
    }

    /** A stored report, or empty when it cannot be read. */
    public Optional<GradeReport> read(long gradeId, String report) {
        try {
            return Optional.of(json.readValue(report, GradeReport.class));
        } catch (JsonProcessingException | RuntimeException e) {
            Log.warnf("The report of grade %d cannot be read: %s", gradeId, e.getMessage());
            return Optional.empty();
        }
    }
}
