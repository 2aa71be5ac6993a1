package org.gcm.knowledge.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.service.PersonalDataErasure;
import org.gcm.writeguards.concurrency.EntityTags;

/**
 * Erasure of a rejected practice's personal data. An explicit action (POST), like the practice's other actions,
 * rather than a DELETE: nothing is deleted, the practice and its history stay, anonymised, and the erasure is a line
 * of the history. The secretariat answers data-protection requests for the whole mechanism (as it does for the
 * hub's requests); editors, who moderate the knowledge platform, may too.
 */
@Path("/practices/{id}/erase-personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
public class PersonalDataResource {

    private final PersonalDataErasure erasure;

    public PersonalDataResource(PersonalDataErasure erasure) {
        this.erasure = erasure;
    }

    @POST
    @RolesAllowed({ Roles.SECRETARIAT, Roles.EDITOR })
    @Operation(operationId = "erasePracticePersonalData", summary = "Erase a rejected practice's personal data (secretariat, editors)",
            description = "For a practice REJECTED (or ARCHIVED after its rejection): its contact and its submitter are "
                    + "erased, and the history lines that name the submitter say `[erased]` instead; the practice, its review "
                    + "and its history stay. The erasure is recorded in the history (who, when). Asking again changes nothing.")
    @APIResponse(responseCode = "200", description = "Erased (or erased before): the practice as it now is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "practice", value = Examples.PRACTICE)))
    @APIResponse(responseCode = "409", description = "The practice is not rejected")
    public Response erase(@PathParam("id") UUID id) {
        Practice p = erasure.erase(id);
        return Response.ok(PracticeViews.PracticeView.of(p, true)).tag(EntityTags.of(p.version)).build();
    }
}
