package org.gcm.fund.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.rest.GrantViews.GrantView;
import org.gcm.fund.service.grants.GrantApplications;
import org.gcm.fund.service.grants.GrantCommands.NewGrant;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

@Path("/grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Seed grants", description = "Applications from the hub's funding requests, from screening to closure")
public class GrantResource {

    private final GrantApplications applications;
    private final GrantAnswers answers;
    private final IdempotentCreations creations;

    GrantResource(GrantApplications applications, GrantAnswers answers, IdempotentCreations creations) {
        this.applications = applications;
        this.answers = answers;
        this.creations = creations;
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "openGrant", summary = "Open a seed-grant application",
            description = "Applications normally open when the hub publishes FundingRequested; a fund manager may open one directly. Amounts in USD. The answer shows a first screening (each rule and its verdict). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Opened (RECEIVED)", content = @Content(schema = @Schema(implementation = GrantView.class)))
    public Response open(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String key,
            @NotNull @Valid NewGrant body) {
        return creations.create(key, body, () -> {
            SeedGrant grant = applications.open(body, false);
            return Created.of(URI.create("/grants/" + grant.id), GrantView.of(grant, List.of()), grant.version);
        });
    }

    @GET
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE, Roles.MEMBER_STATE })
    @Operation(operationId = "listGrants", summary = "List seed grants",
            description = "Fund managers and the steering committee see all; a member state only its own country's.")
    @APIResponse(responseCode = "200", description = "A page of grants")
    public Page<GrantView> list(@Parameter(description = "Only in this state") @QueryParam("status") GrantStatus status,
            @Parameter(description = "Only this requesting country", example = "KEN")
            @QueryParam("country") @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as KEN") String country,
            @Parameter(description = "Only for this hub request") @QueryParam("requestId") @Size(max = 120) String requestId,
            @Valid @BeanParam Paging paging) {
        return applications.list(status, country, requestId, paging).map(answers::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE, Roles.MEMBER_STATE })
    @Operation(operationId = "getGrant", summary = "Read a seed grant",
            description = "With its screening, reservation per pool and disbursements. A member state reads only its own country's (others: 404).")
    @APIResponse(responseCode = "200", description = "The grant", content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "404", description = "No such grant, or not the caller's country's")
    public Response get(@PathParam("id") UUID id) {
        return answers.ok(applications.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE, Roles.MEMBER_STATE })
    @Operation(operationId = "getGrantHistory", summary = "Read a seed grant's history",
            description = "Every move from opening to closure, and each tranche paid: who (the token's subject, or the service whose event caused it), in which role, when, from which state to which, and why (a rejection's reason, what was reserved); oldest first. Readable by whoever may read the grant: a member state only its own country's (others: 404).")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such grant, or not the caller's country's")
    public List<HistoryEntryView> history(@PathParam("id") UUID id) {
        return applications.history(id).stream().map(HistoryEntryView::of).toList();
    }
}
