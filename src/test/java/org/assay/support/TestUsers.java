package org.assay.support;

import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.account.AppUser;
import org.assay.account.Role;

/** Accounts for tests, each with a fresh name so tests never depend on one another. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestUsers() {
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet();
    }

    /** Creates an enabled account directly in the database and returns its username. */
    public static String create(Role role) {
        var username = uniqueName(role.name());
        QuarkusTransaction.requiringNew().run(() -> {
            var user = new AppUser();
            user.username = username;
            user.role = role;
            user.passwordHash = BcryptUtil.bcryptHash(PASSWORD);
            user.persist();
        });
        return username;
    }

    public static AppUser find(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).orElseThrow());
    }

    public static boolean exists(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).isPresent());
    }
}
