package org.assay.rubric.editor;

import java.util.List;

import org.assay.engine.rubric.RubricProblem;
import org.assay.web.Problem;

/**
 * A rubric the API refused, as application/problem+json with every problem and its line.
 *
 * @param type a stable identifier of the kind of problem
 * @param title short summary
 * @param status the HTTP status
 * @param detail what went wrong
 * @param problems each problem with its 1-based line, 0 for the whole file
 */
public record RubricProblemDocument(String type, String title, int status, String detail, List<Line> problems) {

    public static final String MEDIA_TYPE = Problem.MEDIA_TYPE;

    /** One problem of the rubric text. */
    public record Line(int line, String message) {
    }

    static RubricProblemDocument invalid(List<RubricProblem> problems) {
        return new RubricProblemDocument(Problem.type("Invalid rubric"), "Invalid rubric", 422,
                problems.size() + " problem(s) in the rubric; nothing was saved.",
                problems.stream().map(p -> new Line(p.line(), p.message())).toList());
    }
}
