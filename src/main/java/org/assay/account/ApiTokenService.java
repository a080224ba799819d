package org.assay.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.audit.AuditService;
import org.assay.web.AssayConfig;
import org.assay.web.Dates;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.Tokens;

/**
 * API tokens: made per user, shown once, stored as a SHA-256 (a token holds 256 random bits, so a fast hash is safe
 * and keeps each call cheap, unlike a bcrypt check of a password), revocable, with the time of last use.
 */
@ApplicationScoped
public class ApiTokenService {

    /** Every token starts so, which lets secret scanners and people recognise one. */
    static final String PREFIX = "assay_";
    static final int NAME_MAX = 100;
    /** The last-used time is written at most this often per token, so busy scripts do not write on every call. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A new token: {@code token} is returned only this once. */
    public record CreatedToken(long id, String name, String token, Instant createdAt) {
    }

    /** A token as its owner sees it later: never the token itself. */
    public record TokenRow(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }

        public String created() {
            return Dates.utc(createdAt);
        }

        public String lastUsed() {
            return lastUsedAt == null ? "never" : Dates.utc(lastUsedAt);
        }
    }

    private final AssayConfig config;
    private final AuditService audit;

    public ApiTokenService(AssayConfig config, AuditService audit) {
        this.config = config;
        this.audit = audit;
    }

    @Transactional
    public CreatedToken create(String username, String name) {
        var user = AppUser.findByUsername(username).orElseThrow(() -> new NotFoundException("No such user."));
        var label = name == null ? "" : name.strip();
        int max = config.limits().apiTokens();
        var errors = new FormErrors.Builder()
                .addIf(label.isEmpty(), "name", "Name the token after the script that will use it.")
                .addIf(label.length() > NAME_MAX, "name", "Keep the name under " + NAME_MAX + " characters.")
                .addIf(ApiToken.count("user = ?1 and revokedAt is null", user) >= max, "name",
                        "You have " + max + " active tokens, the most allowed. Revoke one first.")
                .build();
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        var token = PREFIX + Tokens.random();
        var row = new ApiToken();
        row.user = user;
        row.name = label;
        row.tokenHash = Tokens.sha256(token);
        row.createdAt = Instant.now();
        row.persist();
        audit.record(username, "api-token.created", "api_token", row.id, null, label);
        return new CreatedToken(row.id, row.name, token, row.createdAt);
    }

    @Transactional
    public List<TokenRow> list(String username) {
        return ApiToken.<ApiToken>list("user.username = ?1 order by createdAt desc, id desc", username).stream()
                .map(t -> new TokenRow(t.id, t.name, t.createdAt, t.lastUsedAt, t.revokedAt)).toList();
    }

    /** Revokes one of the user's own tokens; it stops working at once. */
    @Transactional
    public void revoke(String username, long id) {
        ApiToken token = ApiToken.<ApiToken>find("id = ?1 and user.username = ?2", id, username)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("You have no token " + id + "."));
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
            audit.record(username, "api-token.revoked", "api_token", id, null, token.name);
        }
    }

    /** The enabled account a token belongs to, when the token is known and not revoked; notes when it was used. */
    @Transactional
    public Optional<AppUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = ApiToken.find("select t from ApiToken t join fetch t.user where t.tokenHash = ?1"
                + " and t.revokedAt is null", Tokens.sha256(token)).firstResultOptional();
        var now = Instant.now();
        found.filter(t -> t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(TOUCH_EVERY)))
                .ifPresent(t -> t.lastUsedAt = now);
        return found.map(t -> t.user).filter(user -> user.enabled);
    }
}
