package org.assay.engine.score;

import java.util.List;

/**
 * A scored answer to the same question that moved a grade.
 *
 * @param id the example's id, such as {@code q06.examples.yaml:12} or an answer id
 * @param source where the example comes from: {@code examples file}, {@code kept answer}, {@code override} or
 *        {@code training file}
 * @param answer the example's answer text
 * @param score the score a person gave it, on the question's points
 * @param max the question's points
 * @param note why it got that score, when someone wrote it down; empty otherwise
 * @param similarity 0..1, how close it is to the graded answer, by meaning and by the criteria both met or missed
 * @param shift points this example moved the grade by (negative when it lowered it)
 * @param met ids of the criteria the example met in full; empty in reports stored before they were recorded
 * @param missed ids of the criteria the example earned nothing for
 * @param misconceptions ids of the misconceptions the example made
 */
public record ExampleNeighbour(String id, String source, String answer, double score, double max, String note,
        double similarity, double shift, List<String> met, List<String> missed, List<String> misconceptions) {

    public ExampleNeighbour {
        note = note == null ? "" : note;
        met = met == null ? List.of() : List.copyOf(met);
        missed = missed == null ? List.of() : List.copyOf(missed);
        misconceptions = misconceptions == null ? List.of() : List.copyOf(misconceptions);
    }

    /** A neighbour without what it met or missed. */
    public ExampleNeighbour(String id, String source, String answer, double score, double max, String note,
            double similarity, double shift) {
        this(id, source, answer, score, max, note, similarity, shift, List.of(), List.of(), List.of());
    }
}
