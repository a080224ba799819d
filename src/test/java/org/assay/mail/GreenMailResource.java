package org.assay.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) on loopback for the application under test; tests may stop and start it. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    static final String HOST = "127.0.0.1";
    private static volatile GreenMail server;
    private static int port;

    @Override
    public Map<String, String> start() {
        port = freePort();
        startServer();
        return Map.of("assay.mail.host", HOST, "quarkus.mailer.host", HOST, "quarkus.mailer.port",
                Integer.toString(port), "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.from",
                "assay@example.org", "assay.mail.poll", "1h", "assay.mail.reminder-check", "1h");
    }

    @Override
    public void stop() {
        stopServer();
    }

    static GreenMail server() {
        return server;
    }

    static synchronized void startServer() {
        server = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    static synchronized void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port on loopback", e);
        }
    }
}
