package org.assay.rubric;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.assay.engine.match.LooseExpression;
import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Misconception;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;
import org.assay.grader.EngineProducer;

/**
 * The grading engine as rubric authoring uses it: try-it reports, example scores, loose expressions and drafting.
 * Scores of saved rubrics and the verdict on each expression are remembered, since the engine is deterministic and
 * both are needed on every editor page.
 */
@ApplicationScoped
public class AuthoringEngine {

    private static final int REMEMBERED_SCORES = 5_000;
    private static final int REMEMBERED_EXPRESSIONS = 5_000;

    private final EngineProducer engines;
    private final Map<String, Double> scores = remembered(REMEMBERED_SCORES);
    private final Map<String, Optional<LooseExpression>> loose = remembered(REMEMBERED_EXPRESSIONS);

    public AuthoringEngine(EngineProducer engines) {
        this.engines = engines;
    }

    /** A map that forgets the least recently used entry beyond {@code limit}; callers synchronise on it. */
    private static <V> Map<String, V> remembered(int limit) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > limit;
            }
        };
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

    /** Why an expression matches too easily, or empty when it does not. */
    public Optional<LooseExpression> loose(String expression) {
        synchronized (loose) {
            var known = loose.get(expression);
            if (known != null) {
                return known;
            }
        }
        var verdict = engines.engine().looseExpressions().check(expression);
        synchronized (loose) {
            loose.put(expression, verdict);
        }
        return verdict;
    }

    /** The expressions of a rubric's criteria and misconceptions that match too easily. */
    public Set<String> looseIn(Rubric rubric) {
        var found = new LinkedHashSet<String>();
        rubric.criteria().stream().map(Criterion::expressions).flatMap(List::stream)
                .filter(e -> loose(e).isPresent()).forEach(found::add);
        rubric.misconceptions().stream().map(Misconception::expressions).flatMap(List::stream)
                .filter(e -> loose(e).isPresent()).forEach(found::add);
        return found;
    }

    /** As {@link #looseIn}, but empty while the engine is loading: a page that grades nothing never waits for it. */
    public Set<String> looseInIfLoaded(Rubric rubric) {
        return engines.loaded().isPresent() ? looseIn(rubric) : Set.of();
    }

    /** Tighter phrases for a loose expression from answers scored high and not from those scored low. */
    public List<String> tighter(LooseExpression expression, List<String> high, List<String> low) {
        return engines.engine().looseExpressions().tighter(expression, high, low);
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
