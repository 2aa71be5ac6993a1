package org.gcm.fund.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.gcm.caller.Roles;
import org.gcm.fund.domain.FollowOnFunding;
import org.gcm.fund.domain.Tranche;
import org.gcm.fund.rest.GrantViews.FollowOnView;
import org.gcm.fund.rest.GrantViews.GrantView;
import org.gcm.fund.rest.GrantViews.TrancheView;
import org.gcm.fund.service.tranches.Closures;
import org.gcm.fund.service.tranches.Disbursements;
import org.gcm.fund.service.tranches.FollowOnFundingService;
import org.gcm.fund.service.tranches.TrancheCommands.Closure;
import org.gcm.fund.service.tranches.TrancheCommands.Disbursement;
import org.gcm.fund.service.tranches.TrancheCommands.NewFollowOnFunding;
import org.gcm.fund.service.tranches.TrancheCommands.NewTranche;
import org.gcm.fund.service.tranches.Tranches;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

@Path("/grants/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grant funds", description = "Tranches, disbursement, closure and follow-on funding of approved grants")
public class GrantFundsResource {

    private final Tranches tranches;
    private final Disbursements disbursements;
    private final Closures closures;
    private final FollowOnFundingService followOn;
    private final GrantAnswers answers;
    private final IdempotentCreations creations;

    GrantFundsResource(Tranches tranches, Disbursements disbursements, Closures closures, FollowOnFundingService followOn,
            GrantAnswers answers, IdempotentCreations creations) {
        this.tranches = tranches;
        this.disbursements = disbursements;
        this.closures = closures;
        this.followOn = followOn;
        this.answers = answers;
        this.creations = creations;
    }

    @POST
    @Path("/tranches")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "planTranche", summary = "Add a tranche to the disbursement schedule",
            description = "APPROVED or ACTIVE grants; the schedule never exceeds the approved amount. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "409", description = "Grant not APPROVED or ACTIVE")
    public Response plan(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String key,
            @NotNull @Valid NewTranche body) {
        return creations.create(key, body, () -> {
            Tranche tranche = tranches.plan(id, body);
            return Created.of(URI.create("/grants/" + id + "/tranches/" + tranche.number), TrancheView.of(tranche),
                    tranche.version);
        });
    }

    @GET
    @Path("/tranches")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE, Roles.MEMBER_STATE })
    @Operation(operationId = "listTranches", summary = "Read the disbursement schedule", description = "A member state reads only its own country's grants.")
    @APIResponse(responseCode = "200", description = "The tranches, in order")
    @APIResponse(responseCode = "404", description = "No such grant, or not the caller's country's")
    public List<TrancheView> tranches(@PathParam("id") UUID id) {
        return tranches.of(id).stream().map(TrancheView::of).toList();
    }

    @GET
    @Path("/tranches/{number}")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE, Roles.MEMBER_STATE })
    @Operation(operationId = "getTranche", summary = "Read a tranche", description = "A member state reads only its own country's grants.")
    @APIResponse(responseCode = "200", description = "The tranche", content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "404", description = "No such tranche, or not the caller's country's")
    public Response tranche(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(Tranches.MOST) int number) {
        return tranche(tranches.get(id, number));
    }

    @POST
    @Path("/tranches/{number}/disburse")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "disburseTranche", summary = "Disburse a tranche",
            description = "Moves the tranche and its indirect cost out of the grant's reservation through the ledger; the first makes the grant ACTIVE. Publishes TrancheDisbursed. If-Match names the tranche's ETag.")
    @APIResponse(responseCode = "200", description = "Disbursed", content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "409", description = "Already disbursed, or grant not APPROVED or ACTIVE")
    public Response disburse(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(Tranches.MOST) int number,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch, @NotNull @Valid Disbursement body) {
        return tranche(disbursements.disburse(id, number, ifMatch, body));
    }

    @POST
    @Path("/close")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "closeGrant", summary = "Close a grant with its final figures",
            description = "APPROVED or ACTIVE -> CLOSED. What is still reserved is released and what was transferred but not spent is refunded, each to the pool it came from.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "Not APPROVED or ACTIVE")
    public Response close(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid Closure body) {
        return answers.ok(closures.close(id, ifMatch, body));
    }

    @POST
    @Path("/follow-on-funding")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "recordFollowOnFunding", summary = "Record follow-on funding",
            description = "Funding the project mobilised after its seed grant, in USD; it feeds the fund's leverage. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FollowOnView.class)))
    @APIResponse(responseCode = "409", description = "Grant not funded")
    public Response recordFollowOn(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String key,
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
    @APIResponse(responseCode = "404", description = "No such grant, or not the caller's country's")
    public List<FollowOnView> followOn(@PathParam("id") UUID id) {
        return followOn.of(id).stream().map(FollowOnView::of).toList();
    }

    private static Response tranche(Tranche tranche) {
        return Response.ok(TrancheView.of(tranche)).tag(EntityTags.of(tranche.version)).build();
    }
}
