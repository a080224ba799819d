package org.assay.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Stops the packaged jar the way a service manager does (SIGTERM) while a webhook delivery is waiting for its
 * receiver and a submitted test is being graded, then starts it again on the same data folder.
 */
class PackagedStopIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path LOG = Path.of("target", "packaged-stop.log");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static PackagedProcess app;
    private static HttpServer receiver;

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aStopMidDeliveryLogsNoErrorAndTheDeliveryIsSentAfterTheRestart() throws Exception {
        Files.deleteIfExists(LOG);
        // The receiver holds the first request open until the test is done with it, as a slow receiver would
        var arrived = new LinkedBlockingQueue<String>();
        var holdFirst = new CountDownLatch(1);
        receiver = receiver(arrived, holdFirst);
        app = new PackagedProcess(JAR, List.of("-Xmx512m"), Map.of(
                "ASSAY_DATA_DIR", Files.createTempDirectory("assay-stop-").toString(),
                "ASSAY_ADMIN_PASSWORD", PackagedFlow.ADMIN_PASSWORD), LOG);
        app.start();
        var flow = new PackagedFlow(app.baseUrl());
        long webhook = register("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        flow.awaitEngine();

        flow.candidateTakesTheTest();
        String firstTry = next(arrived);
        long stopping = System.nanoTime();
        app.stop();
        var stopTook = Duration.ofNanos(System.nanoTime() - stopping);
        holdFirst.countDown();

        assertThat(stopTook).as("a try waiting for its receiver must not hold up the stop")
                .isLessThan(Duration.ofSeconds(15));
        assertThat(Files.readAllLines(LOG).stream()
                .filter(line -> line.contains(" ERROR ") || line.contains("EntityManagerFactory is closed")))
                .as("a normal stop logs no error").isEmpty();

        app.start();
        assertThat(next(arrived)).as("the abandoned delivery is sent again, with its event id").isEqualTo(firstTry);
        var delivered = awaitDelivered(webhook);
        assertThat(delivered).as("one delivery").hasSize(1);
        assertThat(delivered.get(0)).as("the try abandoned by the stop is not counted")
                .containsEntry("eventId", firstTry).containsEntry("status", "DELIVERED").containsEntry("tries", 1);
    }

    private static HttpServer receiver(BlockingQueue<String> arrived, CountDownLatch holdFirst) throws Exception {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean first = arrived.isEmpty() && holdFirst.getCount() > 0;
            arrived.add(exchange.getRequestHeaders().getFirst("Assay-Event-Id"));
            if (first) {
                try {
                    holdFirst.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String next(BlockingQueue<String> arrived) throws InterruptedException {
        var eventId = arrived.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(eventId).as("a webhook request within " + WAIT).isNotNull();
        return eventId;
    }

    private static long register(String url) {
        var created = admin().body(Map.of("url", url, "secret", "a-shared-secret-for-the-stop-test",
                "events", List.of("attempt.started"))).post("/api/webhooks");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return JsonPath.from(created.asString()).getLong("id");
    }

    /** Every delivery of the webhook, once one has been delivered. */
    private static List<Map<String, Object>> awaitDelivered(long webhook) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            List<Map<String, Object>> deliveries = JsonPath.from(admin().get("/api/webhooks/" + webhook
                    + "/deliveries").asString()).getList("$");
            if (deliveries.stream().anyMatch(d -> "DELIVERED".equals(d.get("status")))) {
                return deliveries;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The delivery was not delivered within " + WAIT + " of the restart");
    }

    private static RequestSpecification admin() {
        return given().baseUri(app.baseUrl()).contentType(ContentType.JSON).accept(ContentType.JSON).auth()
                .preemptive().basic(PackagedFlow.ADMIN, PackagedFlow.ADMIN_PASSWORD);
    }
}
