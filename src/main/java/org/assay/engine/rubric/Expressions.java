package org.assay.engine.rubric;

/**
 * The one piece of expression syntax: an expression wrapped in double quotes ({@code "attention is linear"}) must
 * find its words in the order written, with nothing but function words between them, so that it does not also
 * match "linear attention".
 */
public final class Expressions {

    private static final char QUOTE = '"';

    private Expressions() {
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
