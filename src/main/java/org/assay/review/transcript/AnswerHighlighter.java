package org.assay.review.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an answer into plain and highlighted segments from evidence offsets. Overlapping evidence splits the text at
 * every boundary so each segment knows all the evidence covering it. Spans outside the text, or whose quoted text is
 * not what the answer has there, are ignored rather than highlighting the wrong words.
 */
public final class AnswerHighlighter {

    /**
     * Evidence to highlight.
     *
     * @param start offset of the first character in the answer (inclusive)
     * @param end offset after the last character (exclusive)
     * @param quoted the text the engine saw there; null when unknown
     * @param mark what the span counted for
     */
    public record Span(int start, int end, String quoted, Mark mark) {

        boolean fits(String text) {
            return start >= 0 && start < end && end <= text.length()
                    && (quoted == null || quoted.equals(text.substring(start, end)));
        }
    }

    private AnswerHighlighter() {
    }

    public static List<Segment> segments(String text, List<Span> spans) {
        var valid = spans.stream().filter(s -> s.fits(text)).toList();
        var cuts = new TreeSet<Integer>();
        cuts.add(0);
        cuts.add(text.length());
        valid.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        var segments = new ArrayList<Segment>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && from < to) {
                add(segments, text, from, to, valid);
            }
            from = to;
        }
        return segments;
    }

    private static void add(List<Segment> segments, String text, int from, int to, List<Span> spans) {
        var marks = spans.stream().filter(s -> s.start() <= from && s.end() >= to).map(Span::mark).toList();
        var ending = spans.stream().filter(s -> s.start() <= from && s.end() == to).map(Span::mark).toList();
        var last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && last.marks().equals(marks) && last.ending().isEmpty()) {
            // Same evidence as the piece before: one segment, so the text is not cut for nothing
            segments.set(segments.size() - 1, new Segment(last.text() + text.substring(from, to), marks, ending));
        } else {
            segments.add(new Segment(text.substring(from, to), marks, ending));
        }
    }
}
