package org.assay.browser;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Makes the server drop autosave requests while a test says so, before they reach the application: the connection
 * is closed at once, or the request is left without any answer (as over a connection that went dead) until
 * {@link #stop()} closes it. Every other request passes.
 */
@ApplicationScoped
public class DroppedSaves {

    enum Mode { PASS, CLOSE, SILENCE }

    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.PASS);
    private final Queue<RoutingContext> silenced = new ConcurrentLinkedQueue<>();
    private final AtomicInteger dropped = new AtomicInteger();

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::filter);
    }

    private void filter(RoutingContext context) {
        var request = context.request();
        var current = mode.get();
        if (current == Mode.PASS || request.method() != HttpMethod.PUT || !request.path().contains("/answers/")) {
            context.next();
            return;
        }
        dropped.incrementAndGet();
        if (current == Mode.CLOSE) {
            request.connection().close();
        } else {
            silenced.add(context);
        }
    }

    /** Closes the connection of every autosave request from now on, without an answer. */
    public void closeConnections() {
        mode.set(Mode.CLOSE);
    }

    /** Leaves every autosave request from now on without an answer. */
    public void silence() {
        mode.set(Mode.SILENCE);
    }

    /** Lets autosave requests through again and closes the connections of those left unanswered. */
    public void stop() {
        mode.set(Mode.PASS);
        RoutingContext context;
        while ((context = silenced.poll()) != null) {
            context.request().connection().close();
        }
    }

    /** How many autosave requests were dropped so far. */
    public int dropped() {
        return dropped.get();
    }
}
