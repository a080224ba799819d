package org.assay.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A one-time link an admin made for a user to set a new password; only the SHA-256 of its token is kept. */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    public AppUser user;

    @NotBlank
    @Column(name = "token_hash", length = 64, unique = true)
    public String tokenHash;

    @NotNull
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "created_by", length = 64)
    public String createdBy;

    @NotNull
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    /** Set when the link was used, or when a newer link replaced it. */
    @Column(name = "used_at")
    public Instant usedAt;
}
