package org.assay.account;

/**
 * Who is looking at a page, for the navigation and the sign-out button.
 *
 * @param username the signed-in user, empty for candidates and visitors
 * @param admin may manage banks, assessments, invitations and users
 * @param interviewer may review attempts and read the question banks (admins may too)
 */
public record Viewer(String username, boolean admin, boolean interviewer) {

    public static final Viewer ANONYMOUS = new Viewer("", false, false);

    public boolean signedIn() {
        return !username.isEmpty();
    }
}
