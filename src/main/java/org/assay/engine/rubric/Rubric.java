package org.assay.engine.rubric;

import java.util.List;
import java.util.Map;

/**
 * A question and what earns points on it. Immutable; built by {@link RubricParser} or by hand.
 *
 * @param id stable question id, such as {@code q06}
 * @param title short title shown in lists
 * @param prompt the question as the candidate sees it
 * @param points maximum score of the question
 * @param modelAnswer a complete answer in plain words, used for the off-topic check and drafting
 * @param criteria what earns points, in display order
 * @param misconceptions fluent but wrong claims that deduct points
 * @param synonyms question-level synonyms: a term mapped to phrases that mean the same here
 * @param entities the things the question compares, which criteria and misconceptions may be bound to; often none
 */
public record Rubric(
        String id,
        String title,
        String prompt,
        double points,
        String modelAnswer,
        List<Criterion> criteria,
        List<Misconception> misconceptions,
        Map<String, List<String>> synonyms,
        List<Entity> entities) {

    public Rubric {
        criteria = List.copyOf(criteria);
        misconceptions = List.copyOf(misconceptions);
        synonyms = Map.copyOf(synonyms);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** A rubric that declares no entities. */
    public Rubric(String id, String title, String prompt, double points, String modelAnswer, List<Criterion> criteria,
            List<Misconception> misconceptions, Map<String, List<String>> synonyms) {
        this(id, title, prompt, points, modelAnswer, criteria, misconceptions, synonyms, List.of());
    }
}
