package org.assay.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Submissions per day as a bar chart drawn on the server: the geometry is computed here and the template writes the
 * SVG. Every bar carries its number and its date in text, so nothing is told by colour alone.
 *
 * @param days one entry per day, oldest first
 */
public record SubmissionChart(List<Day> days) {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int TOP = 24;
    static final int BOTTOM = 40;
    static final int LEFT = 8;
    static final int GAP = 6;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    /** A day's count. */
    public record Day(LocalDate date, long submitted) {

        public String label() {
            return LABEL.format(date);
        }

        public String longLabel() {
            return LONG.format(date);
        }
    }

    /** One bar with its place in the drawing. */
    public record Bar(Day day, int x, int y, int width, int height, int textX, int countY, int labelY) {
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public long total() {
        return days.stream().mapToLong(Day::submitted).sum();
    }

    public long max() {
        return days.stream().mapToLong(Day::submitted).max().orElse(0);
    }

    public String first() {
        return days.isEmpty() ? "" : days.get(0).longLabel();
    }

    public String last() {
        return days.isEmpty() ? "" : days.get(days.size() - 1).longLabel();
    }

    /** The bars, scaled so the busiest day fills the height; an empty day is a flat line with its 0 above it. */
    public List<Bar> bars() {
        int n = Math.max(1, days.size());
        int slot = (WIDTH - LEFT * 2) / n;
        int barWidth = Math.max(1, slot - GAP);
        int plot = HEIGHT - TOP - BOTTOM;
        long max = Math.max(1, max());
        return IntStream.range(0, days.size()).mapToObj(i -> {
            var day = days.get(i);
            int height = (int) Math.round((double) day.submitted() * plot / max);
            int x = LEFT + i * slot + GAP / 2;
            int y = HEIGHT - BOTTOM - height;
            return new Bar(day, x, y, barWidth, height, x + barWidth / 2, y - 6, HEIGHT - BOTTOM + 16);
        }).toList();
    }

    /** One sentence for screen readers and the image's description. */
    public String summary() {
        if (days.isEmpty()) {
            return "No days to show.";
        }
        var busiest = days.stream().filter(d -> d.submitted() == max()).findFirst().orElseThrow();
        return total() + (total() == 1 ? " test" : " tests") + " submitted from " + first() + " to " + last()
                + (total() == 0 ? "." : "; the most on " + busiest.longLabel() + " (" + busiest.submitted() + ").");
    }
}
