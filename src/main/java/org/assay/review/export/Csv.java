package org.assay.review.export;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes CSV as RFC 4180 describes it (comma separated, CRLF line ends, fields with commas, quotes or line breaks
 * quoted, quotes doubled) and keeps spreadsheets from running text as a formula.
 */
public final class Csv {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-\\d{1,15}(\\.\\d{1,15})?");

    private Csv() {
    }

    public static String row(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * One field. Text starting with = + - @ (or a tab or carriage return, which some spreadsheets skip) would be
     * read as a formula, so it gets a leading apostrophe, which spreadsheets show as text.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        var text = startsFormula(value) ? "'" + value : value;
        var needsQuotes = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                || !text.equals(text.strip());
        return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** A plain number such as -1.5 is never a formula, so it stays a number in a spreadsheet. */
    private static boolean startsFormula(String value) {
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(value).matches();
    }
}
