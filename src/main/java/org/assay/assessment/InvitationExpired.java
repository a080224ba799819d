package org.assay.assessment;

/** Fired once per invitation whose link expired unused, inside the transaction that notes it. */
public record InvitationExpired(long invitationId) {
}
