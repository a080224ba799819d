package org.assay.account;

/**
 * What an admin types to add an account; kept as typed so a form with errors can be shown again.
 *
 * @param username sign-in name
 * @param displayName full name shown to colleagues, optional
 * @param role "admin" or "interviewer"
 * @param password the initial password
 */
public record NewUser(String username, String displayName, String role, String password) {

    public static final NewUser BLANK = new NewUser("", "", Role.INTERVIEWER, "");

    public NewUser {
        username = username == null ? "" : username.strip();
        displayName = displayName == null ? "" : displayName.strip();
        role = role == null ? "" : role;
        password = password == null ? "" : password;
    }

    /** The same input without the password, to fill the form again. */
    public NewUser withoutPassword() {
        return new NewUser(username, displayName, role, "");
    }
}
