package org.assay.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A fresh data folder and a known first-admin password for the packaged application. */
public class PackagedAppResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            var data = Files.createTempDirectory("assay-packaged-");
            return Map.of("assay.data-dir", data.toString(), "assay.admin-password", PackagedFlow.ADMIN_PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The temporary folder is left for inspection after a failure; the system cleans it up
    }
}
