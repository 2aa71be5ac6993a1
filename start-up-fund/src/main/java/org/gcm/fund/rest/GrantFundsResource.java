package org.gcm.fund.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.fund.domain.FollowOnFunding;
import org.gcm.fund.domain.Roles;
import org.gcm.fund.domain.Tranche;
import org.gcm.fund.rest.GrantRequests.Closure;
import org.gcm.fund.rest.GrantRequests.Disbursement;
import org.gcm.fund.rest.GrantRequests.NewFollowOnFunding;
import org.gcm.fund.rest.GrantRequests.NewTranche;
import org.gcm.fund.rest.GrantViews.FollowOnView;
import org.gcm.fund.rest.GrantViews.TrancheView;
import org.gcm.fund.service.FollowOnFundingService;
import org.gcm.fund.service.GrantApplications;
import org.gcm.fund.service.GrantDisbursements;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

@Path("/grants/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grant funds", description = "Tranches, disbursement, closure and follow-on funding of approved grants")
public class GrantFundsResource {

    private static final String PROBLEM = GrantResource.PROBLEM;

    @Inject
    GrantApplications applications;

    @Inject
    GrantDisbursements disbursements;

    @Inject
    FollowOnFundingService followOn;

    @Inject
    IdempotentCreations creations;

    @POST
    @Path("/tranches")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "planTranche", summary = "Add a tranche to the disbursement schedule",
            description = "APPROVED or ACTIVE grants; the schedule never exceeds the approved amount. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a fund manager", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such grant", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Grant not APPROVED or ACTIVE", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM))
    public Response plan(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) String key,
            @NotNull @Valid NewTranche body) {
        return creations.create(key, body, () -> {
            Tranche tranche = disbursements.plan(id, body);
            return Created.of(URI.create("/grants/" + id + "/tranches/" + tranche.number), TrancheView.of(tranche),
                    tranche.version);
        });
    }

    @GET
    @Path("/tranches")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE, Roles.MEMBER_STATE })
    @Operation(operationId = "listTranches", summary = "Read the disbursement schedule", description = "A member state reads only its own country's grants.")
    @APIResponse(responseCode = "200", description = "The tranches, in order")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such grant, or not the caller's country's", content = @Content(mediaType = PROBLEM))
    public List<TrancheView> tranches(@PathParam("id") UUID id) {
        applications.get(id);
        return disbursements.tranches(id).stream().map(TrancheView::of).toList();
    }

    @GET
    @Path("/tranches/{number}")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE, Roles.MEMBER_STATE })
    @Operation(operationId = "getTranche", summary = "Read a tranche", description = "A member state reads only its own country's grants.")
    @APIResponse(responseCode = "200", description = "The tranche", content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such tranche, or not the caller's country's", content = @Content(mediaType = PROBLEM))
    public Response tranche(@PathParam("id") UUID id, @PathParam("number") int number) {
        applications.get(id);
        Tranche tranche = disbursements.tranche(id, number);
        return Response.ok(TrancheView.of(tranche)).tag(EntityTags.of(tranche.version)).build();
    }

    @POST
    @Path("/tranches/{number}/disburse")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "disburseTranche", summary = "Disburse a tranche",
            description = "Moves the tranche and its indirect cost out of the grant's reservation through the ledger; the first makes the grant ACTIVE. Publishes TrancheDisbursed.")
    @APIResponse(responseCode = "200", description = "Disbursed", content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a fund manager", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such tranche", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already disbursed, or grant not APPROVED or ACTIVE", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match does not match the tranche's ETag", content = @Content(mediaType = PROBLEM))
    public Response disburse(@PathParam("id") UUID id, @PathParam("number") int number,
            @HeaderParam(EntityTags.IF_MATCH) String ifMatch, @NotNull @Valid Disbursement body) {
        Tranche tranche = disbursements.disburse(id, number, ifMatch, body);
        return Response.ok(TrancheView.of(tranche)).tag(EntityTags.of(tranche.version)).build();
    }

    @POST
    @Path("/close")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "closeGrant", summary = "Close a grant with its final figures",
            description = "APPROVED or ACTIVE -> CLOSED. What is still reserved is released and what was transferred but not spent is refunded, each to the pool it came from.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = GrantViews.GrantView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a fund manager", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such grant", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not APPROVED or ACTIVE", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = PROBLEM))
    public Response close(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            @NotNull @Valid Closure body) {
        return GrantAnswers.grant(disbursements.close(id, ifMatch, body), disbursements);
    }

    @POST
    @Path("/follow-on-funding")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "recordFollowOnFunding", summary = "Record follow-on funding",
            description = "Funding the project mobilised after its seed grant, in USD; it feeds the fund's leverage. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FollowOnView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a fund manager", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such grant", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Grant not funded", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM))
    public Response recordFollowOn(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) String key,
            @NotNull @Valid NewFollowOnFunding body) {
        return creations.create(key, body, () -> {
            FollowOnFunding funding = followOn.record(id, body);
            return new Created(URI.create("/grants/" + id + "/follow-on-funding"), FollowOnView.of(funding), null);
        });
    }

    @GET
    @Path("/follow-on-funding")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE, Roles.MEMBER_STATE })
    @Operation(operationId = "listFollowOnFunding", summary = "Read a grant's follow-on funding", description = "A member state reads only its own country's grants.")
    @APIResponse(responseCode = "200", description = "The follow-on funding")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such grant, or not the caller's country's", content = @Content(mediaType = PROBLEM))
    public List<FollowOnView> followOn(@PathParam("id") UUID id) {
        return followOn.list(id).stream().map(FollowOnView::of).toList();
    }

}
