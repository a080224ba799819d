package org.assay.engine.score;

import java.util.List;

import org.assay.engine.rubric.Decimals;

/**
 * How the question's scored examples changed a grade. The rubric's own score stays apart from the final one.
 *
 * @param rubricScore the score the rubric's criteria alone gave, on the question's points
 * @param examples how many examples of the question were looked at (after leaving out the answer's own)
 * @param neighbours the closest examples, closest first, with how far each moved the grade
 * @param shift final score less the rubric's score
 */
public record ExampleEvidence(double rubricScore, int examples, List<ExampleNeighbour> neighbours, double shift) {

    public ExampleEvidence {
        neighbours = List.copyOf(neighbours);
    }

    /** Short explanation, such as {@code close to example 7 (scored 1/5: swaps DPO and RLHF)}. */
    public String explanation() {
        if (neighbours.isEmpty()) {
            return "no scored example is close enough to change the score";
        }
        StringBuilder text = new StringBuilder();
        for (ExampleNeighbour n : neighbours) {
            text.append(text.length() == 0 ? "close to example " : "; example ").append(n.id()).append(" (scored ")
                    .append(Decimals.format(Math.round(n.score() * 100) / 100.0)).append('/')
                    .append(Decimals.format(n.max()));
            if (!n.note().isBlank()) {
                text.append(": ").append(n.note());
            }
            text.append(')');
        }
        return text.toString();
    }
}
