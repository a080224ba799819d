package org.assay.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new invitation, from the admin page or the API.
 *
 * @param candidateName the candidate's name, shown to reviewers unless the assessment is blind
 * @param candidateEmail where the link is sent (Assay does not send mail: the admin passes the link on)
 * @param validDays days the link stays valid; the configured default when absent
 * @param extraTimePercent a time accommodation: extra time as a share of the time limit, 25 to 100; none when absent
 * @param extraTimeMinutes a time accommodation in minutes instead; none when absent
 */
@Schema(name = "NewInvitation")
public record InvitationForm(
        @Schema(examples = "Ada Lovelace") String candidateName,
        @Schema(examples = "ada@example.org") String candidateEmail,
        @Schema(examples = "14") Integer validDays,
        @Schema(examples = "50") Integer extraTimePercent,
        @Schema(examples = "20") Integer extraTimeMinutes) {

    public InvitationForm {
        candidateName = candidateName == null ? "" : candidateName.strip();
        candidateEmail = candidateEmail == null ? "" : candidateEmail.strip();
    }

    /** An invitation without extra time. */
    public InvitationForm(String candidateName, String candidateEmail, Integer validDays) {
        this(candidateName, candidateEmail, validDays, null, null);
    }
}
