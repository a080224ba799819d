package org.assay.rubric.editor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.rubric.BankService;
import org.assay.rubric.BankSettings;

/** A bank's grading settings for scripts: the examples channel and overrides as examples. */
@Path("/api/banks/{bank}/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.INTERVIEWER)
public class BankApiResource {

    private final BankService banks;
    private final CurrentUser user;

    public BankApiResource(BankService banks, CurrentUser user) {
        this.banks = banks;
        this.user = user;
    }

    @GET
    @Operation(summary = "Whether the bank grades with its scored examples, and whether overrides count as examples")
    public BankSettings settings(@RestPath String bank) {
        return banks.settings(bank).orElseThrow(() -> new NotFoundException("There is no bank " + bank + "."));
    }

    @PUT
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Turn the examples channel or overrides as examples on or off (admins); a field left out "
            + "keeps its value, and stored grades change only with a regrade")
    public BankSettings change(@RestPath String bank, BankSettings change) {
        if (change == null) {
            throw new BadRequestException(
                    "Send {\"examplesAsEvidence\": true|false, \"overridesAsExamples\": true|false}.");
        }
        return banks.changeSettings(bank, change, user.username());
    }
}
