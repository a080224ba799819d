package org.assay.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntity {

    @NotBlank
    @Column(length = 64, unique = true)
    public String username;

    @NotBlank
    @Column(name = "password_hash", length = 100)
    public String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Role role;

    @Column(name = "display_name", length = 200)
    public String displayName;

    public boolean enabled = true;

    @Column(name = "failed_logins")
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    /** Sessions started in an earlier epoch are over (signed out or disabled since). */
    @Column(name = "session_epoch")
    public int sessionEpoch;

    @NotNull
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
