package org.assay.engine.rubric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link BankLoader} read from a bank folder or upload.
 *
 * @param bank the bank's description; empty when {@code bank.yaml} is missing or invalid
 * @param rubrics the valid rubrics, in the bank's question order
 * @param examples graded examples per question id, in question order; a question without examples file maps to an
 *        empty list
 * @param problems every problem found, bank.yaml first, then per question in order
 */
public record LoadedBank(
        Optional<Bank> bank,
        List<Rubric> rubrics,
        Map<String, List<GradedExample>> examples,
        List<RubricProblem> problems) {

    public LoadedBank {
        rubrics = List.copyOf(rubrics);
        Map<String, List<GradedExample>> copy = new LinkedHashMap<>();
        examples.forEach((qid, list) -> copy.put(qid, List.copyOf(list)));
        examples = Collections.unmodifiableMap(copy);
        problems = List.copyOf(problems);
    }

    /** True when the bank, every rubric and every example were read without problems. */
    public boolean isValid() {
        return problems.isEmpty() && bank.isPresent();
    }

    /** The rubric with this id, if it was read. */
    public Optional<Rubric> rubric(String id) {
        return rubrics.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
