package org.gcm.caller;

import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.security.Authenticated;

/**
 * Tells a caller how this service sees its token: which roles count and which country, partner or
 * contributor its data is scoped to. Integrators (Member State systems, donor portals) use it to check their
 * token set-up before calling the service's API.
 */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Caller", description = "How this service sees the caller's token")
@SecurityRequirement(name = "bearer")
public class CallerResource {

    /** The caller as the service scopes it; absent claims are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CallerView(String subject, Set<String> roles, String country, String partnerId,
            String contributorId, String affiliation) {
    }

    private final Caller caller;

    public CallerResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Show how this service sees the caller's token",
            description = "Any signed-in caller. The country claim scopes a member state to its own country's "
                    + "data, partner_id a partner to its own engagements, contributor_id a donor to its own "
                    + "contributions and statements, affiliation (UN or external) a reviewer of the knowledge platform.",
            operationId = "showCaller")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(examples = {
                    @ExampleObject(name = "member state", value = """
                            {"subject": "ms-mexico", "roles": ["member-state"], "country": "MEX"}"""),
                    @ExampleObject(name = "donor portal", value = """
                            {"subject": "service-account-donor-portal-demo", "roles": ["donor"], \
                            "contributorId": "CTR-DEMO-001"}""") }))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "no token",
                    value = """
                            {"type": "about:blank", "title": "Unauthorized", "status": 401, \
                            "detail": "A valid bearer token is required for this resource.", "instance": "/me"}""")))
    public CallerView me() {
        return new CallerView(caller.subject(), caller.roles(), caller.country().orElse(null),
                caller.partnerId().orElse(null), caller.contributorId().orElse(null),
                caller.affiliation().orElse(null));
    }
}
