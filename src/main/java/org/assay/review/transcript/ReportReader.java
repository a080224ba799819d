package org.assay.review.transcript;

import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Most parsed reports kept. */
    private static final int CACHED = 20_000;

    private final ObjectMapper json;
    private final Map<Long, GradeReport> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, GradeReport> eldest) {
            return size() > CACHED;
        }
    };

    public ReportReader(ObjectMapper json) {
        this.json = json;
    }

    /** The grade's report, or empty when it cannot be read; the transcript then shows the score without detail. */
    public Optional<GradeReport> read(Grade grade) {
        return read(grade.id, grade.report);
    }

    /** A report read before and still kept, so its text need not be loaded again. */
    public Optional<GradeReport> cached(long gradeId) {
        synchronized (cache) {
            return Optional.ofNullable(cache.get(gradeId));
        }
    }

    /**
     * A stored report, or empty when it cannot be read. A grade never changes once stored, so recently read reports
     * are kept (at most {@value #CACHED} of them) and statistics over thousands of answers parse each only once.
     */
    public Optional<GradeReport> read(long gradeId, String report) {
        var cached = cached(gradeId);
        if (cached.isPresent()) {
            return cached;
        }
        try {
            var parsed = json.readValue(report, GradeReport.class);
            synchronized (cache) {
                cache.put(gradeId, parsed);
            }
            return Optional.of(parsed);
        } catch (JsonProcessingException | RuntimeException e) {
            Log.warnf("The report of grade %d cannot be read: %s", gradeId, e.getMessage());
            return Optional.empty();
        }
    }
}
