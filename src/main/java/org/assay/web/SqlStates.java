package org.assay.web;

import java.sql.SQLException;

/** What a database error means, read from the SQLSTATE of the SQLException behind it (PostgreSQL and H2 alike). */
public final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
    private static final String UNTRANSLATABLE_CHARACTER = "22P05";

    private SqlStates() {
    }

    /** A row with the same key exists: another instance, or another request, got there first. */
    public static boolean uniqueViolation(Throwable e) {
        return hasState(e, UNIQUE_VIOLATION);
    }

    /** Text holds a character the database cannot store, such as NUL on PostgreSQL. */
    public static boolean unstorableCharacter(Throwable e) {
        return hasState(e, CHARACTER_NOT_IN_REPERTOIRE) || hasState(e, UNTRANSLATABLE_CHARACTER);
    }

    private static boolean hasState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
