package org.assay.engine.score;

import java.util.List;

import org.assay.engine.match.Pattern;
import org.assay.engine.rubric.Criterion;
import org.assay.engine.semantic.Exemplar;

/**
 * A criterion ready for matching.
 *
 * @param criterion the rubric's criterion
 * @param expressions its expressions, compiled, in rubric order
 * @param keywords its keywords, compiled, in rubric order
 * @param exemplars its label and exemplars, embedded (empty when the semantic channel is off)
 * @param naming its naming phrases, compiled, in rubric order
 */
public record CompiledCriterion(
        Criterion criterion, List<Pattern> expressions, List<Pattern> keywords, List<Exemplar> exemplars,
        List<Pattern> naming) {

    public CompiledCriterion {
        expressions = List.copyOf(expressions);
        keywords = List.copyOf(keywords);
        exemplars = List.copyOf(exemplars);
        naming = List.copyOf(naming);
    }
}
