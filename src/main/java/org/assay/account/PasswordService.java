package org.assay.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.elytron.security.common.BcryptUtil;

import org.assay.audit.AuditService;
import org.assay.web.AssayConfig;
import org.assay.web.Dates;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.PublicAddress;
import org.assay.web.Tokens;

/**
 * Passwords: a user changes their own, and an admin gives a user a one-time link to set a new one. Either way the
 * account's other sessions end and a lock from failed sign-ins is lifted.
 */
@ApplicationScoped
public class PasswordService {

    static final String SET_PASSWORD_PATH = "password/";
    static final int GONE = 410;

    private final AssayConfig config;
    private final AuditService audit;
    private final PublicAddress address;

    public PasswordService(AssayConfig config, AuditService audit, PublicAddress address) {
        this.config = config;
        this.audit = audit;
        this.address = address;
    }

    /** A one-time link, shown once to the admin who made it. */
    public record ResetLink(String username, String url, Instant expiresAt) {

        public String expires() {
            return Dates.utc(expiresAt);
        }
    }

    /**
     * Changes the password of a signed-in user who knows the current one.
     *
     * @return the account, whose session epoch has moved on: the caller's own session needs the new one
     */
    @Transactional
    public AppUser change(String username, String current, String next, String confirmation) {
        AppUser user = AppUser.<AppUser>find("username", username).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("No such user."));
        var errors = rules(next, confirmation);
        if (!BcryptUtil.matches(current == null ? "" : current, user.passwordHash)) {
            errors.add("currentPassword", "This is not your current password.");
        }
        if (errors.build().any()) {
            throw new InvalidInputException(errors.build());
        }
        set(user, next);
        audit.record(username, "user.password-changed", "app_user", user.id, null, null);
        return user;
    }

    /** Makes a one-time set-password link for a user; links made for them before stop working. */
    @Transactional
    public ResetLink reset(long userId, String actor) {
        AppUser user = AppUser.<AppUser>findByIdOptional(userId)
                .orElseThrow(() -> new NotFoundException("No such user."));
        var now = Instant.now();
        PasswordReset.update("usedAt = ?1 where user = ?2 and usedAt is null", now, user);
        var token = Tokens.random();
        var reset = new PasswordReset();
        reset.user = user;
        reset.tokenHash = Tokens.sha256(token);
        reset.createdBy = actor;
        reset.createdAt = now;
        reset.expiresAt = now.plus(config.limits().passwordResetValidity());
        reset.persist();
        audit.record(actor, "user.password-reset", "app_user", user.id, null, "link until " + reset.expiresAt);
        return new ResetLink(user.username, address.base() + SET_PASSWORD_PATH + token, reset.expiresAt);
    }

    /** The account a set-password link is for, while the link works. */
    @Transactional
    public Optional<String> usernameFor(String token) {
        return usable(token, false).map(reset -> reset.user.username);
    }

    /** Sets the password through a one-time link, which then stops working. */
    @Transactional
    public AppUser setWithLink(String token, String next, String confirmation) {
        var reset = usable(token, true).orElseThrow(PasswordService::unusable);
        var errors = rules(next, confirmation).build();
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        reset.usedAt = Instant.now();
        set(reset.user, next);
        audit.record(reset.user.username, "user.password-set", "app_user", reset.user.id, null, "one-time link");
        return reset.user;
    }

    private Optional<PasswordReset> usable(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var query = PasswordReset.<PasswordReset>find("tokenHash", Tokens.sha256(token));
        Optional<PasswordReset> found = (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query)
                .firstResultOptional();
        return found.filter(r -> r.usedAt == null && r.expiresAt.isAfter(Instant.now()) && r.user.enabled);
    }

    /** The rules every new password follows. */
    FormErrors.Builder rules(String next, String confirmation) {
        var password = next == null ? "" : next;
        int min = config.limits().passwordMinLength();
        return new FormErrors.Builder()
                .addIf(password.length() < min, "newPassword", "Use at least " + min + " characters.")
                .addIf(password.getBytes(StandardCharsets.UTF_8).length > AccountService.PASSWORD_MAX_BYTES,
                        "newPassword", "Use at most " + AccountService.PASSWORD_MAX_BYTES
                                + " bytes (about 70 plain characters).")
                .addIf(!password.equals(confirmation == null ? "" : confirmation), "confirmPassword",
                        "The two passwords differ.");
    }

    private static void set(AppUser user, String password) {
        user.passwordHash = BcryptUtil.bcryptHash(password);
        // Sessions started with the old password end; so does a lock from guesses at it
        user.sessionEpoch++;
        user.failedLogins = 0;
        user.lockedUntil = null;
    }

    /** The set-password link is unknown, used, replaced, expired, or for a disabled account: a 410. */
    static ClientErrorException unusable() {
        return new ClientErrorException("This link to set a password no longer works: it was used or replaced, or it"
                + " expired. Ask an admin for a new one.", GONE);
    }
}
