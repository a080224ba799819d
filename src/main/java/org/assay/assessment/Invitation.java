package org.assay.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A candidate's invitation. The token itself is shown once; only its SHA-256 is stored. */
@Entity
public class Invitation extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id")
    public Assessment assessment;

    @NotBlank
    @Column(name = "candidate_name", length = 200)
    public String candidateName;

    @NotBlank
    @Column(name = "candidate_email", length = 320)
    public String candidateEmail;

    @NotBlank
    @Column(name = "token_hash", length = 64, unique = true)
    public String tokenHash;

    @NotNull
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "created_by", length = 64)
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    /** When Assay noted that the link expired unused and told the webhooks; null until then. */
    @Column(name = "expiry_announced_at")
    public Instant expiryAnnouncedAt;
    /** When an admin withdrew the link, or resent the invitation with a new one; the link then answers 410. */
    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    public String revokedBy;

    /** When the reminder before expiry was queued. */
    @Column(name = "reminded_at")
    public Instant remindedAt;

    /** The invitation that a resend made in place of this one. */
    @Column(name = "replaced_by")
    public Long replacedBy;
    /** Extra time as a share of the assessment's time limit, 25 to 100; null for none. */
    @Column(name = "extra_time_percent")
    public Integer extraTimePercent;

    /** Extra time in minutes; null for none. An invitation has at most one of the two. */
    @Column(name = "extra_time_minutes")
    public Integer extraTimeMinutes;

    /** The extra time this invitation gives on top of the time limit of {@code limitMinutes}. */
    public Duration extraTime(int limitMinutes) {
        if (extraTimePercent != null) {
            // Whole seconds, rounded up: the candidate never gets less than the share promised
            return Duration.ofSeconds((limitMinutes * 60L * extraTimePercent + 99) / 100);
        }
        return extraTimeMinutes == null ? Duration.ZERO : Duration.ofMinutes(extraTimeMinutes);
    }

    /** The time the candidate has once started: the assessment's limit plus any extra time. */
    public Duration timeAllowed() {
        return Duration.ofMinutes(assessment.timeLimitMinutes).plus(extraTime(assessment.timeLimitMinutes));
    }

    /** The extra time as set, such as "+50%" or "+20 min"; empty for none. */
    public String extraTimeLabel() {
        if (extraTimePercent != null) {
            return "+" + extraTimePercent + "%";
        }
        return extraTimeMinutes == null ? "" : "+" + extraTimeMinutes + " min";
    }

    public static Optional<Invitation> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }
}
