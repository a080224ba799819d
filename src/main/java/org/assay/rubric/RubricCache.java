package org.assay.rubric;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import org.assay.engine.rubric.ParseResult;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricParser;

/** Parsed rubrics by version id. Versions never change after they are saved, so an entry never goes stale. */
@ApplicationScoped
public class RubricCache {

    private final RubricParser parser = new RubricParser();
    private final ConcurrentMap<Long, Rubric> rubrics = new ConcurrentHashMap<>();

    /** The version's rubric, or empty when its content does not parse (the problems are logged). */
    public Optional<Rubric> rubric(RubricVersion version) {
        var cached = rubrics.get(version.id);
        if (cached != null) {
            return Optional.of(cached);
        }
        ParseResult result;
        try {
            result = parser.parse(fileName(version), version.content);
        } catch (RuntimeException e) {
            // The parser promises problems instead of exceptions; a failure here must not break a candidate's page
            Log.errorf(e, "Rubric version %d could not be parsed", version.id);
            return Optional.empty();
        }
        if (!result.isValid()) {
            Log.warnf("Rubric version %d does not parse: %s", version.id, result.problems());
            return Optional.empty();
        }
        result.rubric().ifPresent(rubric -> rubrics.putIfAbsent(version.id, rubric));
        return result.rubric();
    }

    private static String fileName(RubricVersion version) {
        return "rubric version " + version.id;
    }
}
