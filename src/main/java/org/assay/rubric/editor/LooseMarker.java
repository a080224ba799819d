package org.assay.rubric.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.assay.rubric.AuthoringEngine;
import org.assay.rubric.ExampleService;
import org.assay.rubric.QuestionRubric;

/** Marks the loose expressions typed in the editor and, when asked, finds tighter phrases in the graded examples. */
@ApplicationScoped
public class LooseMarker {

    private final AuthoringEngine engine;
    private final ExampleService examples;

    public LooseMarker(AuthoringEngine engine, ExampleService examples) {
        this.engine = engine;
        this.examples = examples;
    }

    /** The loose expressions of every criterion and misconception of the form. */
    public LooseMarks mark(RubricForm form) {
        return marks(form, null);
    }

    /**
     * The loose expressions with tighter phrases for the criteria's: runs of words around the loose ones that the
     * question's high-scored examples use and its low-scored ones do not.
     */
    public LooseMarks markWithTighter(RubricForm form, QuestionRubric question) {
        return marks(form, examples.scoredAnswers(question));
    }

    private LooseMarks marks(RubricForm form, ExampleService.ScoredAnswers scored) {
        var byField = new HashMap<String, List<LooseMarks.Mark>>();
        form.criteria().forEach(row -> add(byField, row.name("expressions"), row.expressions(), scored));
        form.misconceptions().forEach(row -> add(byField, row.name("expressions"), row.expressions(), null));
        return new LooseMarks(byField);
    }

    private void add(Map<String, List<LooseMarks.Mark>> byField, String field, String typed,
            ExampleService.ScoredAnswers scored) {
        var marks = new ArrayList<LooseMarks.Mark>();
        for (var expression : RubricForm.lines(typed)) {
            engine.loose(expression).ifPresent(loose -> marks.add(new LooseMarks.Mark(expression,
                    loose.explanation(), scored == null ? List.of()
                            : engine.tighter(loose, scored.high(), scored.low()))));
        }
        if (!marks.isEmpty()) {
            byField.put(field, marks);
        }
    }
}
