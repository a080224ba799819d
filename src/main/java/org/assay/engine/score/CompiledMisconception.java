package org.assay.engine.score;

import java.util.List;

import org.assay.engine.match.Pattern;
import org.assay.engine.rubric.Misconception;
import org.assay.engine.semantic.Exemplar;

/**
 * A misconception ready for matching.
 *
 * @param misconception the rubric's misconception
 * @param expressions its expressions, compiled
 * @param exemplars its label and exemplars, embedded (empty when the semantic channel is off)
 */
public record CompiledMisconception(Misconception misconception, List<Pattern> expressions, List<Exemplar> exemplars) {

    public CompiledMisconception {
        expressions = List.copyOf(expressions);
        exemplars = List.copyOf(exemplars);
    }
}
