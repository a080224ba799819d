package org.assay.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.assay.support.PostgresAvailable;

/** Two instances of the PostgreSQL build started together on one empty database, as a scaled deployment starts. */
@ExtendWith(PostgresAvailable.class)
class PostgresTwoInstancesIT {

    private static final Path JAR = Path.of("target", "pg", "quarkus-run.jar");
    private static final ScratchDatabase DATABASE = new ScratchDatabase("assay_two_instances_it");

    private static PackagedProcess first;
    private static PackagedProcess second;

    @AfterAll
    static void stop() throws Exception {
        for (var app : new PackagedProcess[] { first, second }) {
            if (app != null) {
                app.stop();
            }
        }
        DATABASE.drop();
    }

    @Test
    void bothStartAndShareOneBankAndOneFirstAdmin() throws Exception {
        DATABASE.create();
        first = instance("one");
        second = instance("two");

        CompletableFuture.allOf(CompletableFuture.runAsync(() -> start(first)),
                CompletableFuture.runAsync(() -> start(second))).join();

        try (var connection = DATABASE.connect();
                var statement = connection.createStatement()) {
            var banks = statement.executeQuery("select count(*) from question_bank");
            banks.next();
            assertThat(banks.getInt(1)).isEqualTo(1);
            var admins = statement.executeQuery("select count(*) from app_user where username = 'admin'");
            admins.next();
            assertThat(admins.getInt(1)).isEqualTo(1);
        }
        var flow = new PackagedFlow(first.baseUrl());
        assertThat(flow.signIn()).isNotBlank();
        assertThat(new PackagedFlow(second.baseUrl()).signIn()).isNotBlank();
    }

    private static PackagedProcess instance(String name) throws Exception {
        var log = Path.of("target", "pg-instance-" + name + ".log");
        Files.deleteIfExists(log);
        return new PackagedProcess(JAR, List.of("-Dquarkus.profile=pg", "-Xmx512m"), Map.of(
                "ASSAY_DB_URL", DATABASE.url(),
                "ASSAY_DB_USER", "postgres",
                "ASSAY_DB_PASSWORD", "",
                "ASSAY_ADMIN_PASSWORD", PackagedFlow.ADMIN_PASSWORD,
                "ASSAY_SESSION_KEY", "two-instances-share-this-session-key-0123",
                "ASSAY_DATA_DIR", Files.createTempDirectory("assay-pg-" + name + "-").toString()), log);
    }

    private static void start(PackagedProcess app) {
        try {
            app.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
