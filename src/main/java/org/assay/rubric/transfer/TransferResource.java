package org.assay.rubric.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.engine.rubric.RubricProblem;
import org.assay.rubric.RubricInvalidException;
import org.assay.rubric.editor.RubricPaths;
import org.assay.web.AssayConfig;
import org.assay.web.Flash;

/** Import a bank (zip upload, server folder, single rubric file) and export one as a zip. */
@Path("/admin/bank-files")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class TransferResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importPage(ImportView view);
    }

    private final BankImportService importer;
    private final BankExportService exporter;
    private final AssayConfig config;
    private final CurrentUser user;
    private final Flash flash;

    public TransferResource(BankImportService importer, BankExportService exporter, AssayConfig config,
            CurrentUser user, Flash flash) {
        this.importer = importer;
        this.exporter = exporter;
        this.config = config;
        this.user = user;
        this.flash = flash;
    }

    @GET
    public TemplateInstance importPage() {
        return Templates.importPage(view(List.of()));
    }

    @POST
    @Path("zip")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importZip(@RestForm("file") FileUpload file) {
        return run(() -> importer.importZip(Files.newInputStream(checked(file).uploadedFile()),
                file.fileName(), user.username()), result -> RubricPaths.bank(result.bankKey()));
    }

    @POST
    @Path("folder")
    public Response importFolder(@RestForm String folder) {
        return run(() -> importer.importFolder(folder == null ? "" : folder, user.username()),
                result -> RubricPaths.bank(result.bankKey()));
    }

    @POST
    @Path("{bank}/rubric")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importRubric(@RestPath String bank, @RestForm("file") FileUpload file) {
        return run(() -> importer.importRubric(bank, BankFiles.text(Files.readAllBytes(
                checked(file).uploadedFile()), file.fileName()), file.fileName(), user.username()),
                result -> RubricPaths.bank(bank));
    }

    @GET
    @Path("{bank: [a-z0-9][a-z0-9_-]*}.zip")
    @RolesAllowed(Role.INTERVIEWER)
    @Produces("application/zip")
    public Response export(@RestPath String bank) {
        return Response.ok(exporter.zip(bank))
                .header("Content-Disposition", "attachment; filename=\"" + bank + ".zip\"").build();
    }

    /** An import step that may read the upload. */
    private interface Step {
        ImportResult run() throws IOException;
    }

    private Response run(Step step, Function<ImportResult, String> next) {
        try {
            var result = step.run();
            flash.set(result.summary());
            return Response.seeOther(URI.create(next.apply(result))).build();
        } catch (UploadRejectedException e) {
            return refused(e.status(), List.of(e.getMessage()));
        } catch (RubricInvalidException e) {
            return refused(422, e.problems().stream().map(RubricProblem::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FileUpload checked(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            throw new UploadRejectedException(422, "Choose a file to upload.");
        }
        if (file.size() > config.limits().uploadBytes()) {
            throw new UploadRejectedException(413, "The file has " + file.size() + " bytes; uploads may have at most "
                    + config.limits().uploadBytes() + " bytes (assay.limits.upload-bytes).");
        }
        return file;
    }

    private Response refused(int status, List<String> problems) {
        return Response.status(status).entity(Templates.importPage(view(problems))).build();
    }

    private ImportView view(List<String> problems) {
        return new ImportView(problems, importer.folders(), config.rubricsDir(), config.limits().uploadBytes(),
                config.limits().zipEntries());
    }
}
