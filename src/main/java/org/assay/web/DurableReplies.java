package org.assay.web;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Holds the reply to every request that may have written (any method but GET, HEAD and OPTIONS) until what it committed
 * is in the database file, so "saved" is never said of data a killed process could lose. Transactions end when the
 * resource method returns, before response filters run.
 */
public final class DurableReplies {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final GroupCommit groupCommit;

    public DurableReplies(GroupCommit groupCommit) {
        this.groupCommit = groupCommit;
    }

    @ServerResponseFilter(priority = Integer.MIN_VALUE)
    public Uni<Void> awaitDurable(ContainerRequestContext request) {
        if (!groupCommit.active() || SAFE_METHODS.contains(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        // Resume on a worker thread: the rest of the reply must not run on the single thread that writes the file
        return Uni.createFrom().completionStage(groupCommit::durable)
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }
}
