package org.assay.assessment;

import java.util.ArrayList;
import java.util.List;

/** Reads comma-separated text as spreadsheets write it (RFC 4180): quoted fields, doubled quotes, any line ending. */
final class CsvReader {

    private CsvReader() {
    }

    /** A line of the file: its number (from 1) and its fields, unquoted. */
    record Line(int number, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }

        String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    /**
     * Every line, with at most {@code maxLines}; a quote left open runs to the end of the text.
     *
     * @throws IllegalArgumentException when the text has more lines than allowed
     */
    static List<Line> read(String text, int maxLines) {
        var lines = new ArrayList<Line>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        int start = 1;
        var body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    number += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                add(lines, new Line(start, List.copyOf(fields)), maxLines);
                fields.clear();
                field.setLength(0);
                number++;
                start = number;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            add(lines, new Line(start, List.copyOf(fields)), maxLines);
        }
        return lines;
    }

    private static void add(List<Line> lines, Line line, int maxLines) {
        if (line.blank()) {
            return;
        }
        if (lines.size() >= maxLines) {
            throw new IllegalArgumentException("The file has more than " + maxLines + " lines.");
        }
        lines.add(line);
    }
}
