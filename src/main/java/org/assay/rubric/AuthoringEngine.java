package org.assay.rubric;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;
import org.assay.grader.EngineProducer;

/**
 * The grading engine as rubric authoring uses it: try-it reports, example scores and drafting. Scores of saved
 * rubrics are remembered, since the engine is deterministic and the examples are graded on every editor page.
 */
@ApplicationScoped
public class AuthoringEngine {

    private static final int REMEMBERED_SCORES = 5_000;

    private final EngineProducer engines;
    private final Map<String, Double> scores = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > REMEMBERED_SCORES;
        }
    };

    public AuthoringEngine(EngineProducer engines) {
        this.engines = engines;
    }

    public GradeReport grade(Rubric rubric, String answer) {
        return engines.engine().grade(rubric, answer);
    }

    /** The score of {@code answer} on a saved rubric, identified by its fingerprint. */
    public double score(Rubric rubric, String fingerprint, String answer) {
        var key = fingerprint + '\n' + answer;
        synchronized (scores) {
            var known = scores.get(key);
            if (known != null) {
                return known;
            }
        }
        double score = grade(rubric, answer).score();
        synchronized (scores) {
            scores.put(key, score);
        }
        return score;
    }

    /**
     * Criteria and keywords drafted from a model answer, as a starting point for an author.
     *
     * @throws IllegalArgumentException if the model answer has no words or points is not positive
     */
    public Rubric draft(String qid, String prompt, String modelAnswer, double points) {
        return engines.engine().draft(qid, prompt, modelAnswer, points);
    }
}
