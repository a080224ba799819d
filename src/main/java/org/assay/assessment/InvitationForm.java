package org.assay.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new invitation, from the admin page or the API.
 *
 * @param candidateName the candidate's name, shown to reviewers unless the assessment is blind
 * @param candidateEmail where the link is sent (Assay does not send mail: the admin passes the link on)
 * @param validDays days the link stays valid; the configured default when absent
 */
@Schema(name = "NewInvitation")
public record InvitationForm(
        @Schema(examples = "Ada Lovelace") String candidateName,
        @Schema(examples = "ada@example.org") String candidateEmail,
        @Schema(examples = "14") Integer validDays) {

    public InvitationForm {
        candidateName = candidateName == null ? "" : candidateName.strip();
        candidateEmail = candidateEmail == null ? "" : candidateEmail.strip();
    }
}
