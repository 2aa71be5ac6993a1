package org.gcm.hub.rest;

import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Tells a caller how the hub sees its token: which roles count and which country or partner its data is
 * scoped to. Member State integrators use it to check their token set-up before calling the request API.
 */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Caller")
@SecurityRequirement(name = "bearer")
public class CallerResource {

    /** The caller as the hub scopes it; absent claims are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HubCaller(String subject, Set<String> roles, String country, String partnerId) {
    }

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CallerResource(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Operation(summary = "Show how the hub sees the caller's token",
            description = "Any signed-in caller. The country claim scopes a member-state caller to its own "
                    + "country's requests; partner_id scopes a partner to its own engagements.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(examples = @ExampleObject(name = "member-state", value = """
                    {"subject": "ms-mexico", "roles": ["member-state"], "country": "MEX"}""")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public HubCaller me() {
        return new HubCaller(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()),
                token.getClaim("country"), token.getClaim("partner_id"));
    }
}
