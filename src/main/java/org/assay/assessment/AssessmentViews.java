package org.assay.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import org.assay.web.Dates;

/** What the assessment and invitation pages and the API show. Built by the services; never entities. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    /** One line of the assessment list. */
    public record AssessmentRow(long id, String title, String bankTitle, int questionCount, int timeLimitMinutes,
            boolean blindReview, long invitations, boolean shuffle, boolean archived) {
    }

    /** A bank and its questions, to pick from when creating an assessment. */
    public record BankChoice(String key, String title, int timeLimitMinutes, List<QuestionChoice> questions) {
    }

    /**
     * A question as offered for, or chosen in, an assessment.
     *
     * @param guidanceMinutes the time suggested to the candidate, or null for none
     */
    public record QuestionChoice(String qid, String title, double points, Integer guidanceMinutes) {
    }

    /**
     * An assessment with its questions and invitations.
     *
     * @param shuffle each candidate gets the questions in an order of their own, fixed when they start
     * @param archivedAt when it was archived (hidden from lists, closed to new invitations), or null
     * @param startedAttempts attempts started on it; from the first one on, only the title can change
     * @param lockedReason why only the title can be edited, or null while everything can
     */
    public record AssessmentDetail(long id, String title, String bankKey, String bankTitle, int timeLimitMinutes,
            boolean blindReview, String createdBy, List<QuestionChoice> questions, List<InvitationRow> invitations,
            boolean shuffle, Instant archivedAt, long startedAttempts, String lockedReason,
            IntegritySettings integrity, SecondMarkingSettings secondMarking) {

        public boolean archived() {
            return archivedAt != null;
        }

        public boolean locked() {
            return lockedReason != null;
        }

        public List<String> qids() {
            return questions.stream().map(QuestionChoice::qid).toList();
        }
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

    /**
     * One invitation as the lists show it.
     *
     * @param attemptId the candidate's attempt, once started: its transcript is at /review/attempts/{attemptId}
     * @param replacedBy the invitation a resend made in place of this one
     * @param mail what became of the latest email about it (sent, retrying and why, given up); null without one
     */
    public record InvitationRow(long id, long assessmentId, String assessmentTitle, String candidateName,
            String candidateEmail, InvitationStatus status, Instant expiresAt, Instant createdAt, Long attemptId,
            Instant revokedAt, Long replacedBy, String mail) {

        /** The expiry as yyyy-mm-dd hh:mm UTC; pages turn it into the viewer's own time zone. */
        public String expires() {
            return Dates.utc(expiresAt);
        }

        /** Whether the link can still be revoked, extended or resent: nobody has started with it. */
        public boolean open() {
            return status == InvitationStatus.NOT_STARTED || status == InvitationStatus.EXPIRED;
        }
    }

    /**
     * A new invitation with its link. The token is in the link only: it is not stored and cannot be shown again.
     */
    public record CreatedInvitation(long id, long assessmentId, String candidateName, String token, String url,
            Instant expiresAt) {
    }

    /**
     * An invitation on the page after it was made.
     *
     * @param url the link, only on the first showing; null afterwards
     * @param mailConfigured whether Assay sends the link itself; without an SMTP server the admin passes it on
     */
    public record Revealed(InvitationRow invitation, String url, boolean mailConfigured) {
    }
}
