package org.assay.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A user's token for scripts, sent as a bearer token; shown once, only its SHA-256 kept. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    public AppUser user;

    @NotBlank
    @Column(length = 100)
    public String name;

    @NotBlank
    @Column(name = "token_hash", length = 64, unique = true)
    public String tokenHash;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
