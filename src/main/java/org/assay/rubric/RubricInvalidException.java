package org.assay.rubric;

import java.util.List;
import java.util.stream.Collectors;

import org.assay.engine.rubric.RubricProblem;

/** A rubric that does not parse or does not add up; carries every problem with its line. */
public final class RubricInvalidException extends RuntimeException {

    private final transient List<RubricProblem> problems;

    public RubricInvalidException(List<RubricProblem> problems) {
        super(problems.stream().map(RubricProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RubricProblem> problems() {
        return problems;
    }
}
