package org.assay.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.assay.account.Role;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/** An admin backs up the running embedded database, and the backup restores into an empty one. */
@QuarkusTest
class BackupTest {

    @Test
    void anAdminBacksUpTheRunningDatabaseAndTheBackupRestores() throws Exception {
        var interviewer = TestUsers.create(Role.interviewer);
        var response = given().auth().preemptive().basic(WebSession.ADMIN, WebSession.ADMIN_PASSWORD)
                .contentType("application/json").body("{}").post("/api/admin/backup");

        assertThat(response.statusCode()).isEqualTo(201);
        var file = Path.of(response.jsonPath().getString("file"));
        assertThat(file).exists().hasFileName(file.getFileName().toString());
        assertThat(Files.size(file)).isEqualTo(response.jsonPath().getLong("bytes")).isPositive();

        try (var restored = DriverManager.getConnection("jdbc:h2:mem:restored-backup", "assay", "")) {
            RunScript.execute(restored, Files.newBufferedReader(unzipped(file)));
            var users = restored.createStatement().executeQuery(
                    "select count(*) from app_user where username in ('admin', '" + interviewer + "')");
            users.next();
            assertThat(users.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void onlyAdminsMayBackUp() {
        var interviewer = TestUsers.create(Role.interviewer);

        assertThat(given().auth().preemptive().basic(interviewer, TestUsers.PASSWORD).contentType("application/json")
                .body("{}").post("/api/admin/backup").statusCode()).isEqualTo(403);
        assertThat(given().contentType("application/json").body("{}").post("/api/admin/backup").statusCode())
                .isEqualTo(401);
    }

    private static Path unzipped(Path zip) throws Exception {
        var out = Files.createTempFile("assay-backup", ".sql");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }
}
