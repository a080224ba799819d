package org.assay.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {

    @TempDir
    Path folder;

    private GroupCommit groupCommit(String url) {
        return new GroupCommit("h2", url, Optional.of("sa"), Optional.empty(), Duration.ofMillis(5));
    }

    @Test
    void manyRepliesWaitingAtOnceShareFileWritesAndAllComplete() throws Exception {
        var url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            var commit = groupCommit(url);
            var waits = new ArrayList<CompletableFuture<Void>>();
            for (int i = 0; i < 500; i++) {
                waits.add(commit.durable().toCompletableFuture());
            }

            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            assertThat(commit.active()).isTrue();
            assertThat(commit.writes()).isBetween(1L, 100L);
            commit.stop();
        }
    }

    @Test
    void writesStartAtMostOncePerIntervalSoRepliesArrivingMeanwhileShareOne() throws Exception {
        var url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            var commit = new GroupCommit("h2", url, Optional.of("sa"), Optional.empty(), Duration.ofMillis(50));
            var waits = new ArrayList<CompletableFuture<Void>>();
            long began = System.nanoTime();
            // A reply every 2 ms for about 300 ms: without the interval nearly each would get a write of its own
            for (int i = 0; i < 150; i++) {
                waits.add(commit.durable().toCompletableFuture());
                Thread.sleep(2);
            }
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            long elapsedMillis = (System.nanoTime() - began) / 1_000_000;

            assertThat(commit.writes()).isBetween(2L, elapsedMillis / 50 + 2);
            commit.stop();
        }
    }

    @Test
    void aCommitIsInTheFileOnceItsWaitCompletes() throws Exception {
        var url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=60000";
        var file = folder.resolve("db.mv.db");
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE note(text VARCHAR(20000))");
            }
            var commit = groupCommit(url);
            commit.durable().toCompletableFuture().get(30, TimeUnit.SECONDS);
            long before = Files.size(file);
            try (var statement = connection.createStatement()) {
                // Committed, but with a minute's write delay only in memory until the file is written
                statement.execute("INSERT INTO note VALUES (REPEAT('durable text ', 1000))");
            }
            assertThat(Files.size(file)).isEqualTo(before);

            commit.durable().toCompletableFuture().get(30, TimeUnit.SECONDS);

            assertThat(Files.size(file)).isGreaterThan(before);
            commit.stop();
        }
    }

    @Test
    void repliesDoNotWaitWithoutAnEmbeddedDatabaseFile() {
        var memory = groupCommit("jdbc:h2:mem:group-commit");
        var postgres = new GroupCommit("postgresql", "jdbc:postgresql://127.0.0.1/assay", Optional.empty(),
                Optional.empty(), Duration.ofMillis(5));

        assertThat(memory.active()).isFalse();
        assertThat(postgres.active()).isFalse();
        assertThat(memory.durable().toCompletableFuture()).isCompleted();
        assertThat(postgres.durable().toCompletableFuture()).isCompleted();
    }

    @Test
    void aFileThatCannotBeWrittenFailsTheWaitInsteadOfSayingSaved() {
        // A database that cannot be opened: the reply must fail, never complete as if the text were on disk
        var commit = groupCommit("jdbc:h2:file:" + folder.resolve("missing").toAbsolutePath() + ";IFEXISTS=TRUE");

        assertThatThrownBy(() -> commit.durable().toCompletableFuture().get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
        commit.stop();
    }
}
