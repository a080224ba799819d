package org.assay.account;

/** What a signed-in user may do. Candidates have no account: they hold an invitation token. */
public enum Role {
    admin, interviewer;

    public static final String ADMIN = "admin";
    public static final String INTERVIEWER = "interviewer";
}
