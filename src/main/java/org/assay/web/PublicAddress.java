package org.assay.web;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;

/**
 * The address candidates and users reach Assay at, for links that leave the server (invitations). It is
 * {@code ASSAY_BASE_URL}, or else the address Assay listens on: never the Host header of a request, which whoever
 * sends the request chooses.
 */
@ApplicationScoped
public class PublicAddress {

    private final AssayConfig config;

    public PublicAddress(AssayConfig config) {
        this.config = config;
    }

    /** Whether the address was configured, rather than taken from the listening address. */
    public boolean configured() {
        return config.baseUrl().isPresent();
    }

    /** The address, ending in a slash. */
    public String base() {
        return base(0);
    }

    /** The address, ending in a slash; unless configured, at this port when it is known (above 0). */
    public String base(int port) {
        var base = config.baseUrl().orElseGet(() -> listening(port));
        return base.endsWith("/") ? base : base + "/";
    }

    /** http:// and the configured host and port; a wildcard host is reached as localhost. */
    private static String listening(int knownPort) {
        var settings = ConfigProvider.getConfig();
        var host = settings.getOptionalValue("quarkus.http.host", String.class).orElse("localhost");
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "localhost";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        // A test run listens on a random port, which Quarkus publishes under its own name once bound
        var portKey = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        int port = knownPort > 0 ? knownPort : settings.getOptionalValue(portKey, Integer.class).orElse(8080);
        return "http://" + host + (port == 80 ? "" : ":" + port);
    }
}
