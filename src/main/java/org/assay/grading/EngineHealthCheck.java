package org.assay.grading;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.assay.grader.EngineProducer;
import org.assay.grader.EngineStatus;

/**
 * The grading engine in {@code /q/health}: up while loading, ready or degraded (with the reason), down when it failed
 * to load, since then no answer can be graded. Also how many submitted answers wait to be graded, and how many of
 * those failed their last try.
 */
@Readiness
@ApplicationScoped
public class EngineHealthCheck implements HealthCheck {

    private final EngineProducer engines;
    private final GradingService grading;

    public EngineHealthCheck(EngineProducer engines, GradingService grading) {
        this.engines = engines;
        this.grading = grading;
    }

    @Override
    public HealthCheckResponse call() {
        var status = engines.status();
        var response = HealthCheckResponse.named("grading-engine")
                .status(status.state() != EngineStatus.State.FAILED)
                .withData("state", status.state().key())
                .withData("channels", String.join(",", status.channels()));
        if (!status.reason().isEmpty()) {
            response.withData("reason", status.reason());
        }
        var queue = grading.queue();
        response.withData("waiting", queue.waiting()).withData("failed", queue.failed());
        return response.build();
    }
}
