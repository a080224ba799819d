package org.assay.account;

import java.time.Instant;
import java.time.ZoneOffset;

/** One account as the users page lists it; never carries the password hash. */
public record UserRow(long id, String username, String displayName, Role role, boolean enabled, boolean locked,
        Instant createdAt) {

    /** The day the account was added, as yyyy-mm-dd in UTC. */
    public String addedOn() {
        return createdAt.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    static UserRow of(AppUser user, Instant now) {
        var locked = user.lockedUntil != null && user.lockedUntil.isAfter(now);
        return new UserRow(user.id, user.username, user.displayName, user.role, user.enabled, locked, user.createdAt);
    }
}
