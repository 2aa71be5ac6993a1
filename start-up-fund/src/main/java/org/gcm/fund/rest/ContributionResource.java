package org.gcm.fund.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.fund.domain.Deposit;
import org.gcm.fund.rest.ContributionViews.ContributionView;
import org.gcm.fund.rest.ContributionViews.DepositView;
import org.gcm.fund.service.contributions.ContributionCommands.Cancellation;
import org.gcm.fund.service.contributions.ContributionCommands.Commitment;
import org.gcm.fund.service.contributions.ContributionCommands.NewContribution;
import org.gcm.fund.service.contributions.ContributionCommands.NewDeposit;
import org.gcm.fund.service.contributions.ContributionService;
import org.gcm.fund.service.contributions.Deposits;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

@Path("/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions", description = "Pledges, commitments, deposits and cancellations, in the original currency")
public class ContributionResource {

    private final ContributionService contributions;
    private final Deposits deposits;
    private final IdempotentCreations creations;

    ContributionResource(ContributionService contributions, Deposits deposits, IdempotentCreations creations) {
        this.contributions = contributions;
        this.deposits = deposits;
        this.creations = creations;
    }

    @POST
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER })
    @Operation(operationId = "pledgeContribution", summary = "Pledge a contribution",
            description = "A donor pledges for its own contributor (contributorId may be left out); a fund manager for any. Original amount in an ISO 4217 currency, and its earmarking. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Pledged (PLEDGED)", content = @Content(schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "404", description = "No such contributor, or not the caller's")
    public Response pledge(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String key,
            @NotNull @Valid NewContribution body) {
        return creations.create(key, body, () -> {
            Contribution created = contributions.pledge(body, false);
            return Created.of(URI.create("/contributions/" + created.id), ContributionView.of(created, List.of()),
                    created.version);
        });
    }

    @GET
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "listContributions", summary = "List contributions",
            description = "A donor sees its own contributor's; fund managers and the steering committee see all.")
    @APIResponse(responseCode = "200", description = "A page of contributions")
    public Page<ContributionView> list(@Parameter(description = "Only this contributor's", example = "CTR-DEMO-001")
            @QueryParam("contributorId") @Size(max = 40) String contributorId,
            @Parameter(description = "Only in this state") @QueryParam("status") ContributionStatus status,
            @Valid @BeanParam Paging paging) {
        return contributions.list(contributorId, status, paging).map(c -> ContributionView.of(c, deposits.of(c.id)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "getContribution", summary = "Read a contribution", description = "With its deposits. A donor reads only its own (others: 404).")
    @APIResponse(responseCode = "200", description = "The contribution", content = @Content(schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "404", description = "No such contribution, or not the caller's")
    public Response get(@PathParam("id") UUID id) {
        return answer(contributions.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "getContributionHistory", summary = "Read a contribution's history",
            description = "Every move (pledge, commitment, each deposit, cancellation): who, in which role, when, from which state to which, and why; oldest first. A donor reads only its own (others: 404).")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such contribution, or not the caller's")
    public List<HistoryEntryView> history(@PathParam("id") UUID id) {
        return contributions.history(id).stream().map(HistoryEntryView::of).toList();
    }

    @POST
    @Path("/{id}/commit")
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER })
    @Operation(operationId = "commitContribution", summary = "Commit a pledge", description = "PLEDGED -> COMMITTED, with the signed agreement's reference. If-Match guards against concurrent changes.")
    @APIResponse(responseCode = "200", description = "Committed", content = @Content(schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "409", description = "Not PLEDGED")
    public Response commit(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid Commitment body) {
        return answer(contributions.commit(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER })
    @Operation(operationId = "cancelContribution", summary = "Cancel a contribution", description = "PLEDGED or COMMITTED -> CANCELLED; never once money is deposited.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "409", description = "Deposited or already cancelled")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid Cancellation body) {
        return answer(contributions.cancel(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/deposits")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "recordDeposit", summary = "Record a deposit",
            description = "A fund manager records a cash receipt against a committed contribution, with the exchange rate used (USD per unit). The USD value, less the administrative agent's fee, enters the contribution's pool; ContributionDeposited is published; pipelined grants it covers are funded. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DepositView.class)))
    @APIResponse(responseCode = "409", description = "Not committed, or cancelled")
    public Response deposit(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String key,
            @NotNull @Valid NewDeposit body) {
        return creations.create(key, body, () -> {
            Deposit deposit = deposits.record(id, body);
            return new Created(URI.create("/contributions/" + id + "/deposits/" + deposit.id), DepositView.of(deposit), null);
        });
    }

    @GET
    @Path("/{id}/deposits/{depositId}")
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "getDeposit", summary = "Read a deposit", description = "One cash receipt; a donor reads only its own.")
    @APIResponse(responseCode = "200", description = "The deposit", content = @Content(schema = @Schema(implementation = DepositView.class)))
    @APIResponse(responseCode = "404", description = "No such deposit, or not the caller's")
    public DepositView deposit(@PathParam("id") UUID id, @PathParam("depositId") UUID depositId) {
        return DepositView.of(deposits.get(id, depositId));
    }

    private Response answer(Contribution contribution) {
        return Response.ok(ContributionView.of(contribution, deposits.of(contribution.id)))
                .tag(EntityTags.of(contribution.version)).build();
    }
}
