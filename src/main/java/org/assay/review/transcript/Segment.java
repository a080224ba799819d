package org.assay.review.transcript;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A piece of an answer's text as the transcript shows it: plain, or highlighted as evidence.
 *
 * @param text the answer text of this piece, escaped by the template like any user text
 * @param marks the evidence covering this piece, empty for plain text
 * @param ending the evidence whose span ends with this piece; its labels follow the piece
 */
public record Segment(String text, List<Mark> marks, List<Mark> ending) {

    public Segment {
        marks = List.copyOf(marks);
        ending = List.copyOf(ending);
    }

    public boolean highlighted() {
        return !marks.isEmpty();
    }

    /** Misconceptions stand out most, then credited evidence; negated spans earned nothing. */
    public String cssClass() {
        if (marks.stream().anyMatch(Mark::misconception)) {
            return "ev ev-wrong";
        }
        if (marks.stream().allMatch(Mark::negated)) {
            return "ev ev-negated";
        }
        return "ev ev-" + marks.stream().filter(m -> !m.negated()).findFirst().orElseThrow().kind();
    }

    /** What the highlighted text counted for, for the tooltip. */
    public String title() {
        return marks.stream().map(Mark::describe).collect(Collectors.joining("; "));
    }
}
