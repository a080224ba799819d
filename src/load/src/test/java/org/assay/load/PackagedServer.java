package org.assay.load;

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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar run as users run it, {@code java -Xmx... -jar}, on loopback and a free port, with a data folder of
 * its own; its resident memory is read from /proc while it runs.
 */
final class PackagedServer {

    private static final Duration START = Duration.ofMinutes(3);

    private final Path directory;
    private final Path jar;
    private final List<String> javaOptions;
    private final Path log;
    private final int port;
    private Process process;
    /** The data folder this class made for the server, if the environment named none. */
    private Path ownData;
    private Thread sampler;
    private volatile long peakRssKb;
    private volatile long lastRssKb;

    /** The jar is run from {@code directory}, whose rubrics folder holds the banks it imports on first start. */
    PackagedServer(Path directory, Path jar, List<String> javaOptions, Path log) throws IOException {
        this.directory = directory.toAbsolutePath().normalize();
        this.jar = this.directory.resolve(jar);
        this.javaOptions = List.copyOf(javaOptions);
        this.log = log;
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Starts the jar with the environment of this process (ASSAY_DB_URL and friends pass through) and waits until it
     * answers.
     */
    void start(String adminPassword) throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run mvn package in the project first");
        }
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        Files.createDirectories(log.toAbsolutePath().getParent());
        var builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toAbsolutePath().toFile()));
        if (!builder.environment().containsKey("ASSAY_DATA_DIR")) {
            // Hundreds of megabytes after a run: removed again in stop()
            ownData = Files.createTempDirectory("assay-load-");
            builder.environment().put("ASSAY_DATA_DIR", ownData.toString());
        }
        builder.environment().put("ASSAY_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("HOST", "127.0.0.1");
        process = builder.start();
        awaitReady();
        sampler = new Thread(this::sampleRss, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the server has used so far, user and system. */
    Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    long peakRssMb() {
        return peakRssKb / 1024;
    }

    long lastRssMb() {
        return lastRssKb / 1024;
    }

    void stop() throws InterruptedException {
        if (sampler != null) {
            sampler.interrupt();
        }
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (ownData != null) {
            try (var files = Files.walk(ownData)) {
                for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                System.err.println("Could not remove the server's data folder " + ownData + ": " + e);
            }
        }
    }

    /** VmRSS from /proc/PID/status, every 250 ms: the figure ps and top show. */
    private void sampleRss() {
        var status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (!Thread.currentThread().isInterrupted() && process.isAlive()) {
            try {
                for (var line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        lastRssKb = Long.parseLong(line.replaceAll("\\D", ""));
                        peakRssKb = Math.max(peakRssKb, lastRssKb);
                    }
                }
                Thread.sleep(250);
            } catch (IOException gone) {
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Waits until the server is ready: its database answers and the grading engine has loaded its models. Loading
     * them takes tens of seconds of CPU, which a server that has been up for a while has long spent; measuring saves
     * during it would measure the start.
     */
    private void awaitReady() throws Exception {
        var client = HttpClient.newHttpClient();
        var live = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).build();
        long until = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(jar + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(live, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(jar + " did not start within " + START + "; see " + log);
    }
}
