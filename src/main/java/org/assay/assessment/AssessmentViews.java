package org.assay.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** What the assessment and invitation pages and the API show. Built by the services; never entities. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    /** One line of the assessment list. */
    public record AssessmentRow(long id, String title, String bankTitle, int questionCount, int timeLimitMinutes,
            boolean blindReview, long invitations) {
    }

    /** A bank and its questions, to pick from when creating an assessment. */
    public record BankChoice(String key, String title, int timeLimitMinutes, List<QuestionChoice> questions) {
    }

    /** A question as offered for an assessment. */
    public record QuestionChoice(String qid, String title, double points) {
    }

    /** An assessment with its questions and invitations. */
    public record AssessmentDetail(long id, String title, String bankKey, String bankTitle, int timeLimitMinutes,
            boolean blindReview, String createdBy, List<QuestionChoice> questions, List<InvitationRow> invitations,
            IntegritySettings integrity) {
    }

    /**
     * Which integrity signals an assessment records while candidates take it.
     *
     * @param pastes pastes into an answer, with their size
     * @param focus time away from the test's tab or window
     * @param typing text appearing faster than a person types
     */
    @Schema(name = "IntegritySettings")
    public record IntegritySettings(boolean pastes, boolean focus, boolean typing) {
    }

    /** One invitation as the lists show it. */
    public record InvitationRow(long id, long assessmentId, String assessmentTitle, String candidateName,
            String candidateEmail, InvitationStatus status, Instant expiresAt, Instant createdAt) {

        /** The expiry as yyyy-mm-dd hh:mm UTC. */
        public String expires() {
            return expiresAt.atOffset(ZoneOffset.UTC).toLocalDateTime().withSecond(0).withNano(0).toString()
                    .replace('T', ' ') + " UTC";
        }
    }

    /**
     * A new invitation with its link. The token is in the link only: it is not stored and cannot be shown again.
     */
    public record CreatedInvitation(long id, long assessmentId, String candidateName, String token, String url,
            Instant expiresAt) {
    }
}
