package org.assay.session;

/**
 * The attempt is open on another device (another browser took it over): this one may look but not change anything.
 * Pages lead to the notice with "Continue here"; the API answers 409 with {@code "elsewhere": true}.
 */
public final class OpenElsewhereException extends RuntimeException {

    static final String TITLE = "This test is open on another device";

    private final String token;

    public OpenElsewhereException(String token) {
        super("This test is now open on another device, so nothing sent from here was saved. To work here again,"
                + " open the link on this device and choose Continue here.");
        this.token = token;
    }

    public String token() {
        return token;
    }
}
