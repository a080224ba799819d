package org.assay.assessment;

/** Where a candidate is with an invitation, as admins see it in the invitation list and the API. */
public enum InvitationStatus {
    NOT_STARTED("not started"),
    IN_PROGRESS("in progress"),
    SUBMITTED("submitted"),
    /** The link expired before the candidate started. */
    EXPIRED("expired"),
    /** An admin withdrew the link, or resent the invitation with a new one, before the candidate started. */
    REVOKED("revoked");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** CSS class of the status badge. */
    public String css() {
        return label.replace(' ', '-');
    }
}
