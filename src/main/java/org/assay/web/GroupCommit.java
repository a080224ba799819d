package org.assay.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;

/**
 * Makes committed transactions of the embedded database durable in groups. H2 keeps a commit in memory and writes it
 * to its file later (its write delay); writing the file at every commit instead costs more than the rest of a save.
 * So a write request, once its transaction has committed, waits here for the next write of the file, and one write
 * serves every request that committed before it began: each reply still comes only after its data is in the file
 * (where a killed process cannot lose it), at one file write per group instead of one per request. Writes start at
 * most once per interval (assay.group-commit.interval, 10 ms): each write costs about the same whatever it carries
 * (with it H2 rewrites its own record of the file's chunks, tens of kilobytes), so spacing them lets a group grow
 * under load and the bytes written shrink, at the price of at most one interval more before a reply.
 *
 * <p>Inactive (every wait completes at once) unless the datasource is an H2 file database: PostgreSQL makes each commit
 * durable itself, and an in-memory database has no file.
 */
@ApplicationScoped
public class GroupCommit {

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final boolean active;
    private final String url;
    private final String user;
    private final String password;
    private final Object lock = new Object();
    private List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private boolean writing;
    private ExecutorService writer;
    private Connection connection;
    private final long intervalNanos;
    private long writes;
    private long lastWrite;

    @Inject
    public GroupCommit(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password, AssayConfig config) {
        this(dbKind, url, user, password, config.groupCommit().interval());
    }

    GroupCommit(String dbKind, String url, Optional<String> user, Optional<String> password, Duration interval) {
        this.active = "h2".equals(dbKind) && url.startsWith("jdbc:h2:file:");
        this.url = url;
        this.user = user.orElse("");
        this.password = password.orElse("");
        this.intervalNanos = interval.toNanos();
        this.lastWrite = System.nanoTime() - intervalNanos;
    }

    /** Whether replies wait for the database file: true for an H2 file database. */
    public boolean active() {
        return active;
    }

    /** How many times the file has been written for waiting requests; for tests and diagnostics. */
    public long writes() {
        synchronized (lock) {
            return writes;
        }
    }

    /**
     * Completes once everything committed before this call is in the database file; completes exceptionally if the
     * file could not be written. Call it after the transaction has committed, never inside one.
     */
    public CompletionStage<Void> durable() {
        if (!active) {
            return DONE;
        }
        var done = new CompletableFuture<Void>();
        synchronized (lock) {
            waiting.add(done);
            if (!writing) {
                writing = true;
                writer().execute(this::writeWhileWaiting);
            }
        }
        return done;
    }

    private ExecutorService writer() {
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(task -> {
                var thread = new Thread(task, "group-commit");
                thread.setDaemon(true);
                return thread;
            });
        }
        return writer;
    }

    /** One write at a time; the requests that arrive during a write share the next one. */
    private void writeWhileWaiting() {
        while (true) {
            long wait = intervalNanos - (System.nanoTime() - lastWrite);
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            List<CompletableFuture<Void>> group;
            synchronized (lock) {
                if (waiting.isEmpty()) {
                    writing = false;
                    return;
                }
                group = waiting;
                waiting = new ArrayList<>();
                writes++;
            }
            try {
                lastWrite = System.nanoTime();
                checkpoint();
                group.forEach(done -> done.complete(null));
            } catch (SQLException | RuntimeException e) {
                Log.errorf(e, "Could not write the database file for %d waiting replies", group.size());
                closeConnection();
                group.forEach(done -> done.completeExceptionally(e));
            }
        }
    }

    /** CHECKPOINT writes every committed change to the file before it returns. */
    private void checkpoint() throws SQLException {
        if (connection == null) {
            // Its own connection, outside the pool: a busy pool must never hold back the write that frees its requests
            connection = DriverManager.getConnection(url, user, password);
        }
        try (var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                Log.debug("Closing the checkpoint connection failed", e);
            }
            connection = null;
        }
    }

    @PreDestroy
    void stop() {
        synchronized (lock) {
            if (writer != null) {
                writer.execute(this::closeConnection);
                writer.shutdown();
            }
        }
    }
}
