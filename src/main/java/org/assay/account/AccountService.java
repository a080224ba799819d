package org.assay.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;

import org.assay.audit.AuditService;
import org.assay.web.AssayConfig;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/** Accounts of admins and interviewers: password checks with a lock after repeated failures, adding, disabling. */
@ApplicationScoped
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** bcrypt reads at most 72 bytes of a password. */
    static final int PASSWORD_MAX_BYTES = 72;
    /** Checked against when the user is unknown, so the answer takes as long as for a known user. */
    private static final String UNKNOWN_USER_HASH = BcryptUtil.bcryptHash("no such user");

    private final AssayConfig config;
    private final AuditService audit;

    public AccountService(AssayConfig config, AuditService audit) {
        this.config = config;
        this.audit = audit;
    }

    /** The roles a signed-in user holds: admins may also do everything an interviewer does. */
    public static Set<String> rolesOf(Role role) {
        return role == Role.admin ? Set.of(Role.ADMIN, Role.INTERVIEWER) : Set.of(Role.INTERVIEWER);
    }

    /** Checks a password, counting failures and locking the account for a while after too many in a row. */
    @Transactional
    public LoginOutcome checkPassword(String username, String password) {
        // One check at a time per account: guesses sent in parallel must each see the failures before them
        var found = AppUser.<AppUser>find("username", username).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        if (found.isEmpty()) {
            BcryptUtil.matches(password, UNKNOWN_USER_HASH);
            return LoginOutcome.REJECTED;
        }
        var user = found.get();
        var now = Instant.now();
        if (user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
            return LoginOutcome.LOCKED;
        }
        if (!BcryptUtil.matches(password, user.passwordHash)) {
            return recordFailure(user, now);
        }
        if (!user.enabled) {
            return LoginOutcome.DISABLED;
        }
        user.failedLogins = 0;
        user.lockedUntil = null;
        return LoginOutcome.ACCEPTED;
    }

    private LoginOutcome recordFailure(AppUser user, Instant now) {
        user.failedLogins++;
        if (user.failedLogins < config.limits().failedLogins()) {
            return LoginOutcome.REJECTED;
        }
        user.failedLogins = 0;
        user.lockedUntil = now.plus(config.limits().lockout());
        Log.warnf("Account %s locked until %s after %d failed sign-ins", user.username, user.lockedUntil,
                config.limits().failedLogins());
        audit.record("system", "account.locked", "app_user", user.id, null, user.lockedUntil.toString());
        return LoginOutcome.LOCKED;
    }

    /** The account behind an existing session, if it may still sign in. */
    @Transactional
    public Optional<AppUser> findEnabled(String username) {
        return AppUser.findByUsername(username).filter(user -> user.enabled);
    }

    /** Ends every session of the account: cookies issued before no longer sign anyone in. */
    @Transactional
    public void endSessions(String username) {
        AppUser.<AppUser>find("username", username).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .ifPresent(user -> user.sessionEpoch++);
    }

    public List<UserRow> list() {
        var now = Instant.now();
        return AppUser.<AppUser>list("order by username").stream().map(user -> UserRow.of(user, now)).toList();
    }

    /** Adds an account; every problem with the input comes back as a field error. */
    @Transactional
    public AppUser create(NewUser input, String actor) {
        var errors = new FormErrors.Builder()
                .addIf(!USERNAME.matcher(input.username()).matches(), "username",
                        "Use 3 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter"
                                + " or digit.")
                .addIf(input.displayName().length() > 200, "displayName", "Keep the name under 200 characters.")
                .addIf(!Role.ADMIN.equals(input.role()) && !Role.INTERVIEWER.equals(input.role()), "role",
                        "Choose admin or interviewer.")
                .addIf(input.password().length() < config.limits().passwordMinLength(), "password",
                        "Use at least " + config.limits().passwordMinLength() + " characters.")
                .addIf(input.password().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES,
                        "password", "Use at most " + PASSWORD_MAX_BYTES + " bytes (about 70 plain characters).");
        if (!errors.build().has("username") && AppUser.findByUsername(input.username()).isPresent()) {
            errors.add("username", "This username is taken.");
        }
        if (errors.build().any()) {
            throw new InvalidInputException(errors.build());
        }
        var user = newUser(input.username(), Role.valueOf(input.role()), input.password());
        user.displayName = input.displayName().isEmpty() ? null : input.displayName();
        user.persist();
        audit.record(actor, "user.created", "app_user", user.id, null, user.username + " (" + user.role + ")");
        return user;
    }

    /** Disables or enables an account; a disabled account can no longer sign in, and its sessions end. */
    @Transactional
    public AppUser setEnabled(long id, boolean enabled, String actor) {
        AppUser user = AppUser.<AppUser>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No such user."));
        if (!enabled && user.username.equals(actor)) {
            throw new InvalidInputException(new FormErrors.Builder()
                    .add("enabled", "You cannot disable your own account.").build());
        }
        if (!enabled) {
            keepAnAdmin(user, "disable");
        }
        if (user.enabled != enabled) {
            audit.record(actor, enabled ? "user.enabled" : "user.disabled", "app_user", user.id,
                    Boolean.toString(user.enabled), Boolean.toString(enabled));
            user.enabled = enabled;
            // Enabling again must not bring back a session from before
            user.sessionEpoch++;
            user.failedLogins = 0;
            user.lockedUntil = null;
        }
        return user;
    }

    /** Changes an account's role; the change applies to its very next request. */
    @Transactional
    public AppUser changeRole(long id, String role, String actor) {
        AppUser user = AppUser.<AppUser>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No such user."));
        if (!Role.ADMIN.equals(role) && !Role.INTERVIEWER.equals(role)) {
            throw new InvalidInputException(new FormErrors.Builder().add("role", "Choose admin or interviewer.")
                    .build());
        }
        var next = Role.valueOf(role);
        if (next != Role.admin) {
            keepAnAdmin(user, "demote");
        }
        if (user.role != next) {
            audit.record(actor, "user.role-changed", "app_user", user.id, user.role.name(), next.name());
            user.role = next;
        }
        return user;
    }

    /**
     * Refuses to take the last active admin away. Every active admin row is locked first, so two admins demoting
     * each other at the same moment cannot both succeed.
     */
    private static void keepAnAdmin(AppUser user, String action) {
        List<AppUser> admins = AppUser.<AppUser>find("role = ?1 and enabled = true", Role.admin)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (user.role == Role.admin && user.enabled && admins.stream().noneMatch(a -> !a.id.equals(user.id))) {
            throw new InvalidInputException(new FormErrors.Builder().add("role", "You cannot " + action + " "
                    + user.username + ": it is the last active admin account. Make another account admin first.")
                    .build());
        }
    }

    static AppUser newUser(String username, Role role, String password) {
        var user = new AppUser();
        user.username = username;
        user.role = role;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.enabled = true;
        user.createdAt = Instant.now();
        return user;
    }
}
