package org.assay.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL tests on a machine without a local server, before the application starts. Under CI (env CI=true)
 * a missing server is a failure, not a skip.
 */
public final class PostgresAvailable implements ExecutionCondition {

    private static final int TIMEOUT_MILLIS = 1000;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers on " + address());
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("PostgreSQL does not answer on " + address()
                    + "; CI runs must start it (see .ci/run)");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL does not answer on " + address() + ": skipped");
    }

    private static boolean reachable() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(PostgresProfile.HOST, PostgresProfile.PORT), TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String address() {
        return PostgresProfile.HOST + ":" + PostgresProfile.PORT;
    }
}
