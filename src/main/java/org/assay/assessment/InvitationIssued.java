package org.assay.assessment;

/**
 * A new invitation link was made (created or resent), fired inside the transaction that stores the invitation, so
 * whatever is sent with it is stored with it or not at all.
 *
 * @param invitationId the new invitation
 * @param url the link, holding the token: it exists nowhere else
 */
public record InvitationIssued(long invitationId, String url) {
}
