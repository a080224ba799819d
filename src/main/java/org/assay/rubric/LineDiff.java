package org.assay.rubric;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence, for comparing two rubric versions. Stateless; the common start and end
 * are trimmed first so the quadratic table only covers the part that changed.
 */
public final class LineDiff {

    /** Beyond this many table cells the changed part is shown as removed then added, instead of aligned. */
    static final long MAX_CELLS = 4_000_000;

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
            return kind.name().toLowerCase();
        }
    }

    private LineDiff() {
    }

    /** Every line of both texts, in order, marked same, added or removed. */
    public static List<Line> diff(String oldText, String newText) {
        var a = oldText.lines().toList();
        var b = newText.lines().toList();
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        var out = new ArrayList<Line>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Line(Kind.SAME, i + 1, i + 1, a.get(i)));
        }
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix, out);
        for (int k = suffix; k > 0; k--) {
            out.add(new Line(Kind.SAME, a.size() - k + 1, b.size() - k + 1, a.get(a.size() - k)));
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

    private static void middle(List<String> a, List<String> b, int offset, List<Line> out) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                out.add(new Line(Kind.REMOVED, offset + i + 1, 0, a.get(i)));
            }
            for (int j = 0; j < m; j++) {
                out.add(new Line(Kind.ADDED, 0, offset + j + 1, b.get(j)));
            }
            return;
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Line(Kind.SAME, offset + i + 1, offset + j + 1, a.get(i)));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line(Kind.REMOVED, offset + i + 1, 0, a.get(i)));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, 0, offset + j + 1, b.get(j)));
                j++;
            }
        }
    }
}
