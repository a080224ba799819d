package org.assay.grader;

import java.util.List;
import java.util.stream.Collectors;

import org.assay.engine.ChannelFailure;
import org.assay.engine.GradingEngine;

/**
 * What the grading engine can do right now, for health checks and the staff banner.
 *
 * @param state where loading stands
 * @param channels the channels grading uses, when loaded
 * @param reason why grading is degraded or failing; empty otherwise
 */
public record EngineStatus(State state, List<String> channels, String reason) {

    public enum State {
        /** The models are loading; submitted answers wait for them. */
        LOADING,
        /** Every configured channel loaded. */
        READY,
        /** Grading works without one or more channels. */
        DEGRADED,
        /** Nothing can be graded. */
        FAILED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final EngineStatus LOADING = new EngineStatus(State.LOADING, List.of(), "");

    static EngineStatus of(GradingEngine engine) {
        var channels = engine.channels().stream().map(c -> c.key()).toList();
        if (engine.failures().isEmpty()) {
            return new EngineStatus(State.READY, channels, "");
        }
        var reason = engine.failures().stream().map(EngineStatus::describe).collect(Collectors.joining("; "));
        return new EngineStatus(State.DEGRADED, channels, reason);
    }

    static EngineStatus failed(Throwable cause) {
        return new EngineStatus(State.FAILED, List.of(),
                "the engine did not load (" + ChannelFailure.reasonOf(cause) + ")");
    }

    /** Grading is not working as configured: an admin should know. */
    public boolean needsAttention() {
        return state == State.DEGRADED || state == State.FAILED;
    }

    private static String describe(ChannelFailure failure) {
        return "the " + failure.channel().key() + " channel did not load (" + failure.reason() + ")";
    }
}
