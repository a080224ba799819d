package org.assay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.assay.support.TestData;

/** A client that goes away in the middle of a request is no error of the server's: no ERROR, no stack trace. */
@QuarkusTest
class ClientDisconnectTest {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(handler);
    }

    @Test
    void aSaveCutOffMidBodyIsNotLoggedAsAnError() throws Exception {
        var invite = TestData.invitation(1);
        var path = "/api/t/" + invite.token();
        RestAssured.given().contentType("application/json").body("{}").post(path + "/start").then().statusCode(200);

        for (int i = 0; i < 5; i++) {
            cutOff("PUT", path + "/answers/q01", "application/json", "{\"text\": \"half an ans");
            cutOff("POST", "/t/" + invite.token() + "/q/1", "application/x-www-form-urlencoded", "text=half+an+ans");
        }
        Thread.sleep(1500);

        var errors = records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .map(r -> r.getLoggerName() + ": " + r.getMessage()).toList();
        assertThat(errors).isEmpty();
        assertThat(records).filteredOn(r -> r.getThrown() != null).isEmpty();
    }

    private static void cutOff(String method, String path, String type, String partialBody) throws IOException {
        try (var socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost:" + RestAssured.port + "\r\nContent-Type: "
                    + type + "\r\nContent-Length: 1000\r\n\r\n" + partialBody).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
