package org.assay.web;

import java.sql.SQLException;

/** What a database error means, read from the SQLSTATE of the SQLException behind it (PostgreSQL and H2 alike). */
public final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
    private static final String UNTRANSLATABLE_CHARACTER = "22P05";
    /** H2: a lock was not granted within LOCK_TIMEOUT. */
    private static final String H2_LOCK_TIMEOUT = "HYT00";
    /** PostgreSQL: a lock was not granted within lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** Both: the transaction lost a deadlock or a serialization conflict and was rolled back. */
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";

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

    /**
     * Another transaction held a row this one needed for too long, or the two deadlocked: nothing was changed, and
     * the same request sent again shortly will go through.
     */
    public static boolean contention(Throwable e) {
        return hasState(e, H2_LOCK_TIMEOUT) || hasState(e, LOCK_NOT_AVAILABLE) || hasState(e, SERIALIZATION_FAILURE)
                || hasState(e, DEADLOCK_DETECTED);
    }

    /**
     * No pooled connection became free within the pool's acquisition timeout: the request changed nothing. The pool
     * (Agroal) says so only in its message.
     */
    public static boolean poolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
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
