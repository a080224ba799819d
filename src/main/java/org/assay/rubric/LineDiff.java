package org.assay.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.difflib.DiffUtils;

/** A line diff of two rubric versions, computed by java-diff-utils and shaped for the history page. */
public final class LineDiff {

    /** What happened to a line. SKIPPED stands for a run of unchanged lines left out of a shortened diff. */
    public enum Kind {
        SAME, ADDED, REMOVED, SKIPPED
    }

    /**
     * One line of a diff.
     *
     * @param kind what happened to the line
     * @param oldNo 1-based line number in the old text, 0 when the line is only in the new one
     * @param newNo 1-based line number in the new text, 0 when the line is only in the old one
     * @param text the line; for SKIPPED, how many lines were left out
     */
    public record Line(Kind kind, int oldNo, int newNo, String text) {

        public String marker() {
            return switch (kind) {
                case ADDED -> "+";
                case REMOVED -> "-";
                case SKIPPED -> "…";
                case SAME -> " ";
            };
        }

        public String css() {
            return kind.name().toLowerCase(Locale.ROOT);
        }
    }

    private LineDiff() {
    }

    /** Every line of both texts, in order, marked same, added or removed; a changed line is removed then added. */
    public static List<Line> diff(String oldText, String newText) {
        var a = oldText.lines().toList();
        var b = newText.lines().toList();
        var out = new ArrayList<Line>();
        int i = 0;
        int j = 0;
        for (var delta : DiffUtils.diff(a, b).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++, j++) {
                out.add(new Line(Kind.SAME, i + 1, j + 1, a.get(i)));
            }
            for (var line : delta.getSource().getLines()) {
                out.add(new Line(Kind.REMOVED, ++i, 0, line));
            }
            for (var line : delta.getTarget().getLines()) {
                out.add(new Line(Kind.ADDED, 0, ++j, line));
            }
        }
        for (; i < a.size(); i++, j++) {
            out.add(new Line(Kind.SAME, i + 1, j + 1, a.get(i)));
        }
        return out;
    }

    /** The diff with unchanged runs longer than {@code 2 * context} lines shortened to their ends. */
    public static List<Line> withContext(List<Line> lines, int context) {
        var out = new ArrayList<Line>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).kind() == Kind.SAME) {
                j++;
            }
            int run = j - i;
            int keepStart = i == 0 ? 0 : context;
            int keepEnd = j == lines.size() ? 0 : context;
            if (run > keepStart + keepEnd + 1) {
                out.addAll(lines.subList(i, i + keepStart));
                out.add(new Line(Kind.SKIPPED, 0, 0, (run - keepStart - keepEnd) + " unchanged lines"));
                out.addAll(lines.subList(j - keepEnd, j));
            } else {
                out.addAll(lines.subList(i, j));
            }
            if (j < lines.size()) {
                out.add(lines.get(j));
            }
            i = j + 1;
        }
        return out;
    }
}
