package org.gcm.fund.rest;

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
 * Tells a caller how the fund sees its token: which roles count, which contributor a donor acts for and which
 * country's grants a member state may read. Donor-portal integrators use it to check their client set-up.
 */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Caller")
@SecurityRequirement(name = "bearer")
public class CallerResource {

    /** The caller as the fund scopes it; absent claims are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FundCaller(String subject, Set<String> roles, String contributorId, String country) {
    }

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CallerResource(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Operation(summary = "Show how the fund sees the caller's token",
            description = "Any signed-in caller. contributor_id binds a donor to its own contributions and "
                    + "statements; country scopes a member state to its own country's grants.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(examples = @ExampleObject(name = "donor portal", value = """
                    {"subject": "service-account-donor-portal-demo", "roles": ["donor"], \
                    "contributorId": "CTR-DEMO-001"}""")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public FundCaller me() {
        return new FundCaller(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()),
                token.getClaim("contributor_id"), token.getClaim("country"));
    }
}
