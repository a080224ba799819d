package org.assay.engine.score;

import java.util.List;
import java.util.Set;

import org.assay.engine.rubric.Rubric;
import org.assay.engine.semantic.Exemplar;

/**
 * A rubric with every phrase analysed, compiled and embedded once, so grading an answer does no rubric work.
 *
 * @param rubric the rubric
 * @param fingerprint its content fingerprint
 * @param criteria compiled criteria in rubric order
 * @param misconceptions compiled misconceptions in rubric order
 * @param vocabulary content lemmas of the model answer, criteria and misconceptions, for the off-topic check
 * @param promptLemmas content lemmas of the question and of rubric synonyms of its terms, which an answer may
 *     repeat without being on topic
 * @param modelAnswer the model answer and its sentences, embedded (empty when the semantic channel is off)
 * @param entities the entities the rubric declares, with their names analysed, in rubric order
 */
public record CompiledRubric(
        Rubric rubric,
        String fingerprint,
        List<CompiledCriterion> criteria,
        List<CompiledMisconception> misconceptions,
        Set<String> vocabulary,
        Set<String> promptLemmas,
        List<Exemplar> modelAnswer,
        List<CompiledEntity> entities) {

    public CompiledRubric {
        criteria = List.copyOf(criteria);
        misconceptions = List.copyOf(misconceptions);
        vocabulary = Set.copyOf(vocabulary);
        promptLemmas = Set.copyOf(promptLemmas);
        modelAnswer = List.copyOf(modelAnswer);
        entities = List.copyOf(entities);
    }

    /** Position of an entity among {@link #entities()}, or -1 for "" (bound to none) or an unknown id. */
    public int entityIndex(String id) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
