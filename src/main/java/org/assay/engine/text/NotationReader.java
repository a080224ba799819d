package org.assay.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the notation engineers answer in as plain statements, before sentences and tokens are found: markdown bullets,
 * numbered items and headings lose their markers ("- attention: ..." states a fact), a table row becomes a statement
 * about its first cell ("| BERT | encoder-only | classification |" reads "BERT: encoder-only; classification"),
 * separator rows and emphasis marks go, and formulas, complexity and arrows are read out by the rules in
 * {@code notation.tsv} ("O(n2)" as "n squared (quadratic)", "p(y|x)" as "probability of y conditional on x",
 * "2x -> 4x" as "2 times leads to 4 times"). Every output character keeps the span of the original it came from,
 * so evidence still points into the text as typed. Stateless and thread-safe.
 */
public final class NotationReader {

    private static final List<Rule> RULES = rules("notation.tsv");
    private static final Pattern MARKER = Pattern.compile("^(?:[-*+•·▪◦]|\\d{1,2}[.)]|[a-z]\\)|#{1,6})\\s+");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\|?(?:\\s*:?-{2,}:?\\s*\\|)+\\s*:?-*:?\\s*$");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");

    /** Reads the notation of a normalised text. */
    public NormalizedText read(NormalizedText in) {
        NormalizedText out = in;
        for (Rule rule : RULES) {
            out = replace(out, rule.pattern(), rule.reading());
        }
        out = replace(out, EMPHASIS, "");
        return lines(out);
    }

    /** Bullets, headings and table rows, line by line. */
    private static NormalizedText lines(NormalizedText in) {
        String text = in.text();
        Builder b = new Builder(in);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            // a separator row is dropped with its line break
            if (!SEPARATOR_ROW.matcher(line).matches() || !line.contains("-")) {
                Matcher marker = MARKER.matcher(line);
                int from = start + (marker.find() ? marker.end() : 0);
                if (isTableRow(line)) {
                    tableRow(b, text, from, end);
                } else {
                    b.copy(from, end);
                }
                if (end < text.length()) {
                    b.copy(end, end + 1);
                }
            }
            start = end + 1;
        }
        return b.build();
    }

    private static boolean isTableRow(String line) {
        String s = line.strip();
        return s.startsWith("|") && s.chars().filter(c -> c == '|').count() >= 2;
    }

    /** The first cell is the subject; the other cells are what the row says about it. */
    private static void tableRow(Builder b, String text, int from, int end) {
        int last = end;
        while (last > from && (text.charAt(last - 1) == '|' || text.charAt(last - 1) == ' ')) {
            last--;
        }
        int i = from;
        while (i < last && (text.charAt(i) == '|' || text.charAt(i) == ' ')) {
            i++;
        }
        boolean first = true;
        for (; i < last; i++) {
            if (text.charAt(i) == '|') {
                b.insert(first ? ":" : ";", i);
                first = false;
            } else {
                b.copy(i, i + 1);
            }
        }
    }

    private static NormalizedText replace(NormalizedText in, Pattern pattern, String reading) {
        Matcher m = pattern.matcher(in.text());
        if (!m.find()) {
            return in;
        }
        Builder b = new Builder(in);
        int at = 0;
        do {
            b.copy(at, m.start());
            if (m.end() > m.start()) {
                b.insertSpanning(expand(m, reading), m.start(), m.end());
            }
            at = m.end();
        } while (m.find());
        b.copy(at, in.text().length());
        return b.build();
    }

    /** The reading with $1, $2 ... replaced by the groups found. */
    private static String expand(Matcher m, String reading) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < reading.length(); i++) {
            char c = reading.charAt(i);
            if (c == '$' && i + 1 < reading.length() && Character.isDigit(reading.charAt(i + 1))) {
                String group = m.group(reading.charAt(++i) - '0');
                out.append(group == null ? "" : group);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<Rule> rules(String resource) {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = NotationReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                rules.add(new Rule(Pattern.compile(line.substring(0, tab)), line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the notation rules", e);
        }
        return List.copyOf(rules);
    }

    private record Rule(Pattern pattern, String reading) {
    }

    /** A new text built from pieces of another, each character keeping its span in the original. */
    private static final class Builder {
        private final NormalizedText in;
        private final StringBuilder text = new StringBuilder();
        private int[] starts;
        private int[] ends;

        Builder(NormalizedText in) {
            this.in = in;
            starts = new int[in.text().length() + 16];
            ends = new int[starts.length];
        }

        void copy(int from, int to) {
            for (int i = from; i < to; i++) {
                add(in.text().charAt(i), in.originStart()[i], in.originEnd()[i]);
            }
        }

        /** Text that stands for the characters from..to. */
        void insertSpanning(String piece, int from, int to) {
            for (int k = 0; k < piece.length(); k++) {
                add(piece.charAt(k), in.originStart()[from], in.originEnd()[to - 1]);
            }
        }

        /** Text that stands for the character at. */
        void insert(String piece, int at) {
            insertSpanning(piece, at, at + 1);
        }

        private void add(char c, int originStart, int originEnd) {
            if (text.length() == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            starts[text.length()] = originStart;
            ends[text.length()] = originEnd;
            text.append(c);
        }

        NormalizedText build() {
            int n = text.length();
            return new NormalizedText(in.original(), text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends,
                    n));
        }
    }
}
