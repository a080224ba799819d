package org.assay.engine.rubric;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing a rubric: the rubric when it is valid, otherwise the problems found.
 *
 * @param rubric the parsed rubric; present only when {@code problems} is empty
 * @param problems every problem found, in file order
 */
public record ParseResult(Optional<Rubric> rubric, List<RubricProblem> problems) {

    public ParseResult {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
