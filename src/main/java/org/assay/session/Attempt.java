package org.assay.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import org.assay.assessment.Invitation;

@Entity
public class Attempt extends PanacheEntity {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id")
    public Invitation invitation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public AttemptStatus status = AttemptStatus.IN_PROGRESS;

    @NotNull
    @Column(name = "started_at")
    public Instant startedAt;

    @NotNull
    public Instant deadline;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Who submitted: the candidate, or the deadline job. */
    @Column(name = "submitted_by", length = 16)
    public String submittedBy;

    /** 1-based question the candidate last had open, to resume there. */
    @Column(name = "current_position")
    public int currentPosition = 1;

    /** When the candidate opened the current question; time spent there is counted from here. */
    @Column(name = "position_since")
    public Instant positionSince;

    /**
     * The browser (and tab, once its script saved) that may change this attempt: the one that started it or last took
     * it over; null for none yet.
     */
    @Column(name = "active_device", length = 100)
    public String activeDevice;

    @Column(name = "device_since")
    public Instant deviceSince;

    public boolean reviewed;

    @Column(name = "reviewed_by", length = 64)
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(length = 16)
    public String recommendation;

    @Column(length = 5000)
    public String summary;

    @Version
    public long version;

    public static Optional<Attempt> findByInvitation(Invitation invitation) {
        return find("invitation", invitation).firstResultOptional();
    }

    public static List<Attempt> listOverdue(Instant now) {
        return list("status = ?1 and deadline < ?2", AttemptStatus.IN_PROGRESS, now);
    }
}
