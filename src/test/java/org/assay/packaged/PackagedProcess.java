package org.assay.packaged;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged build of Assay started as users start it: {@code java [options] -jar <jar>} with environment variables,
 * as a separate process whose output goes to a log file. It can be stopped, or killed without warning.
 */
final class PackagedProcess {

    /** About 10 s on an idle machine; far longer when other builds share its cores. */
    private static final Duration START = Duration.ofMinutes(5);

    private final Path jar;
    private final List<String> javaOptions;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    PackagedProcess(Path jar, List<String> javaOptions, Map<String, String> environment, Path log)
            throws IOException {
        this.jar = jar;
        this.javaOptions = List.copyOf(javaOptions);
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.port = freePort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    /** Starts the jar and waits until it answers; output is appended to the log, so restarts keep earlier runs. */
    void start() throws Exception {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("HOST", "127.0.0.1");
        process = builder.start();
        awaitLive();
    }

    /** SIGKILL: the JVM gets no chance to flush, close or shut down. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void awaitLive() throws Exception {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var live = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/live")).build();
        long until = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new AssertionError(jar + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (client.send(live, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError(jar + " did not start within " + START + ":\n" + tail());
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
