package org.assay.account;

/** The result of checking a username and password. */
public enum LoginOutcome {
    /** Right password; the failure count is reset. */
    ACCEPTED,
    /** Unknown user or wrong password; counts towards the lock. */
    REJECTED,
    /** Too many failures in a row: refused, even with the right password, until the lock ends. */
    LOCKED,
    /** The account was disabled by an admin. */
    DISABLED
}
