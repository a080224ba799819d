package org.assay.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;

import org.assay.account.Role;
import org.assay.audit.AuditService;
import org.assay.web.AssayConfig;
import org.assay.web.Problem;

/**
 * An online backup of the embedded database: H2's SCRIPT TO writes a consistent snapshot as a zipped SQL script while
 * Assay keeps running, which no other process can do, since the running server holds the database file. PostgreSQL
 * has its own tools (pg_dump), see docs/operations.md.
 */
@Path("/api/admin/backup")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class BackupResource {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    /** Where the backup was written, and its size. */
    public record Backup(String file, long bytes) {
    }

    private final DataSource dataSource;
    private final AssayConfig config;
    private final AuditService audit;
    private final SecurityIdentity identity;
    private final String dbKind;

    public BackupResource(DataSource dataSource, AssayConfig config, AuditService audit, SecurityIdentity identity,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.config = config;
        this.audit = audit;
        this.identity = identity;
        this.dbKind = dbKind;
    }

    @POST
    @Operation(summary = "Write a backup of the embedded H2 database to ASSAY_BACKUP_DIR while Assay runs")
    @APIResponse(responseCode = "201", description = "Written; the file on the server and its size",
            content = @Content(schema = @Schema(implementation = Backup.class)))
    @APIResponse(responseCode = "409", description = "Not the embedded database: use pg_dump",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response backup() throws IOException, SQLException {
        if (!"h2".equals(dbKind)) {
            throw new ClientErrorException("This instance uses " + dbKind + ": back it up with that database's own"
                    + " tools (pg_dump), as docs/operations.md describes.", 409);
        }
        var dir = Paths.get(config.backupDir().orElse(config.dataDir() + "/backups")).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        var file = dir.resolve("assay-" + STAMP.format(Instant.now()) + ".sql.zip");
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SCRIPT TO ? COMPRESSION ZIP")) {
            statement.setString(1, file.toString());
            statement.execute();
        }
        var bytes = Files.size(file);
        var actor = identity.getPrincipal().getName();
        QuarkusTransaction.requiringNew().run(() -> audit.record(actor, "database.backup", "database", null, null,
                file + " (" + bytes + " bytes)"));
        Log.infof("Backup by %s written to %s (%d bytes)", actor, file, bytes);
        return Response.status(201).entity(new Backup(file.toString(), bytes)).build();
    }
}
