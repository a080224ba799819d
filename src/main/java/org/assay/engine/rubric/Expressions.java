package org.assay.engine.rubric;

/**
 * The one piece of expression syntax: an expression wrapped in double quotes ({@code "attention is linear"}) must
 * find its words in the order written, with nothing but function words between them, so that it does not also
 * match "linear attention".
 */
public final class Expressions {

    /**
     * The key of an expression that only names a concept ({@code - name: self-attention}): it earns part of the
     * criterion's points, where a plain expression, which explains it, earns all of them.
     */
    public static final String NAMING = "name";

    private static final char QUOTE = '"';

    private Expressions() {
    }

    /** A naming expression written on one line, as in the rubric editor: {@code name: self-attention}. */
    public static String namingLine(String phrase) {
        return NAMING + ": " + phrase;
    }

    /** The phrase of a line written by {@link #namingLine(String)}, or null when the line explains. */
    public static String namingPhrase(String line) {
        String s = line.strip();
        return s.startsWith(NAMING + ":") ? s.substring(NAMING.length() + 1).strip() : null;
    }

    /** True when the expression is wrapped in double quotes. */
    public static boolean isOrdered(String expression) {
        String s = expression.strip();
        return s.length() >= 2 && s.charAt(0) == QUOTE && s.charAt(s.length() - 1) == QUOTE;
    }

    /** The expression's words, without the quotes of an ordered expression. */
    public static String words(String expression) {
        String s = expression.strip();
        return isOrdered(s) ? s.substring(1, s.length() - 1).strip() : s;
    }
}
