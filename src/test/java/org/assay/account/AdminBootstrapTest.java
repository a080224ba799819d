package org.assay.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.http.HttpServerOptions;

import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class AdminBootstrapTest {

    private static final int PORT = 8123;
    private static final String AWAY = "admin-moved-aside";

    @Inject
    AdminBootstrap bootstrap;

    @Test
    void firstAdminSignsInWithTheConfiguredPassword() {
        assertThat(Html.locationPath(WebSession.anonymous().signIn(AdminBootstrap.FIRST_ADMIN,
                WebSession.ADMIN_PASSWORD))).isEqualTo("/");
    }

    @Test
    void noSecondAdminIsCreatedWhenOneExists() {
        long before = countUsers();

        assertThat(bootstrap.createFirstAdmin(Optional.of("another-password"))).isEmpty();

        assertThat(countUsers()).isEqualTo(before);
    }

    private static long countUsers() {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.count());
    }

    @Test
    void generatedPasswordIsLoggedOnceWithTheAddressToOpen() {
        var log = new CapturedLog();
        var logger = Logger.getLogger(AdminBootstrap.class.getName());
        logger.addHandler(log);
        moveAdminsAside(true);
        try {
            var password = bootstrap.createFirstAdmin(Optional.empty()).orElseThrow();
            bootstrap.onListening(new HttpServerStart(new HttpServerOptions().setPort(PORT)));
            bootstrap.onListening(new HttpServerStart(new HttpServerOptions().setPort(PORT)));

            assertThat(log.messages()).filteredOn(m -> m.contains(password)).hasSize(1).first().asString()
                    .contains("http://localhost:" + PORT + "/login", "'admin'");
            assertThat(log.messages()).anyMatch(m -> m.contains("open http://localhost:" + PORT + "/"));
            assertThat(Html.locationPath(WebSession.anonymous().signIn(AdminBootstrap.FIRST_ADMIN, password)))
                    .isEqualTo("/");
        } finally {
            logger.removeHandler(log);
            moveAdminsAside(false);
        }
    }

    /** Admins other tests made, demoted while the bootstrap must see a database without one. */
    private static final List<String> OTHER_ADMINS = new CopyOnWriteArrayList<>();

    /** Hides every admin (the first one by name too) so the bootstrap sees a fresh database, then puts them back. */
    private static void moveAdminsAside(boolean away) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (away) {
                AppUser.update("username = ?1, role = ?2 where username = ?3", AWAY, Role.interviewer,
                        AdminBootstrap.FIRST_ADMIN);
                AppUser.<AppUser>list("role", Role.admin).forEach(user -> OTHER_ADMINS.add(user.username));
                AppUser.update("role = ?1 where role = ?2", Role.interviewer, Role.admin);
            } else {
                AppUser.delete("username", AdminBootstrap.FIRST_ADMIN);
                AppUser.update("username = ?1, role = ?2 where username = ?3", AdminBootstrap.FIRST_ADMIN,
                        Role.admin, AWAY);
                OTHER_ADMINS.forEach(name -> AppUser.update("role = ?1 where username = ?2", Role.admin, name));
                OTHER_ADMINS.clear();
            }
        });
    }

    private static final class CapturedLog extends Handler {
        private final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            var params = record.getParameters();
            messages.add(params == null || params.length == 0 ? record.getMessage()
                    : String.format(record.getMessage(), params));
        }

        List<String> messages() {
            return messages;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
