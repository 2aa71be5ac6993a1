package org.gcm.fund.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.fund.domain.Deposit;
import org.gcm.fund.domain.Roles;
import org.gcm.fund.rest.ContributionRequests.Cancellation;
import org.gcm.fund.rest.ContributionRequests.Commitment;
import org.gcm.fund.rest.ContributionRequests.NewContribution;
import org.gcm.fund.rest.ContributionRequests.NewDeposit;
import org.gcm.fund.rest.ContributionViews.ContributionView;
import org.gcm.fund.rest.ContributionViews.DepositView;
import org.gcm.fund.service.ContributionService;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

@Path("/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions", description = "Pledges, commitments, deposits and cancellations, in the original currency")
public class ContributionResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ContributionService contributions;

    @Inject
    IdempotentCreations creations;

    @POST
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER })
    @Operation(operationId = "pledgeContribution", summary = "Pledge a contribution",
            description = "A donor pledges for its own contributor (contributorId may be left out); a fund manager for any. Original amount in an ISO 4217 currency, and its earmarking. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Pledged (PLEDGED)", content = @Content(schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such contributor, or not the caller's", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM))
    public Response pledge(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) String key,
            @NotNull @Valid NewContribution body) {
        return creations.create(key, body, () -> {
            Contribution created = contributions.pledge(body, false);
            return Created.of(URI.create("/contributions/" + created.id), ContributionView.of(created, java.util.List.of()),
                    created.version);
        });
    }

    @GET
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "listContributions", summary = "List contributions",
            description = "A donor sees its own contributor's; fund managers and the steering committee see all.")
    @APIResponse(responseCode = "200", description = "A page of contributions")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    public Page<ContributionView> list(@Parameter(description = "Only this contributor's", example = "CTR-DEMO-001") @QueryParam("contributorId") String contributorId,
            @Parameter(description = "Only in this state") @QueryParam("status") ContributionStatus status,
            @Valid @BeanParam Paging paging) {
        ContributionService.Listing page = contributions.list(contributorId, status, paging.offset, paging.limit);
        return new Page<>(page.items().stream().map(c -> ContributionView.of(c, contributions.deposits(c.id))).toList(),
                page.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "getContribution", summary = "Read a contribution", description = "With its deposits. A donor reads only its own (others: 404).")
    @APIResponse(responseCode = "200", description = "The contribution", content = @Content(schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such contribution, or not the caller's", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("id") UUID id) {
        return answer(contributions.get(id));
    }

    @POST
    @Path("/{id}/commit")
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER })
    @Operation(operationId = "commitContribution", summary = "Commit a pledge", description = "PLEDGED -> COMMITTED, with the signed agreement's reference. If-Match guards against concurrent changes.")
    @APIResponse(responseCode = "200", description = "Committed", content = @Content(schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such contribution, or not the caller's", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not PLEDGED", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = PROBLEM))
    public Response commit(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            @NotNull @Valid Commitment body) {
        return answer(contributions.commit(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER })
    @Operation(operationId = "cancelContribution", summary = "Cancel a contribution", description = "PLEDGED or COMMITTED -> CANCELLED; never once money is deposited.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such contribution, or not the caller's", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Deposited or already cancelled", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = PROBLEM))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            @NotNull @Valid Cancellation body) {
        return answer(contributions.cancel(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/deposits")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "recordDeposit", summary = "Record a deposit",
            description = "A fund manager records a cash receipt against a committed contribution, with the exchange rate used (USD per unit). The USD value, less the administrative agent's fee, enters the contribution's pool; ContributionDeposited is published; pipelined grants it covers are funded. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DepositView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a fund manager", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such contribution", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not committed, or cancelled", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM))
    public Response deposit(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) String key,
            @NotNull @Valid NewDeposit body) {
        return creations.create(key, body, () -> {
            Deposit deposit = contributions.deposit(id, body);
            return new Created(URI.create("/contributions/" + id + "/deposits/" + deposit.id), DepositView.of(deposit), null);
        });
    }

    @GET
    @Path("/{id}/deposits/{depositId}")
    @RolesAllowed({ Roles.DONOR, Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "getDeposit", summary = "Read a deposit", description = "One cash receipt; a donor reads only its own.")
    @APIResponse(responseCode = "200", description = "The deposit", content = @Content(schema = @Schema(implementation = DepositView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such deposit, or not the caller's", content = @Content(mediaType = PROBLEM))
    public DepositView deposit(@PathParam("id") UUID id, @PathParam("depositId") UUID depositId) {
        return DepositView.of(contributions.deposit(id, depositId));
    }

    private Response answer(Contribution contribution) {
        return Response.ok(ContributionView.of(contribution, contributions.deposits(contribution.id)))
                .tag(EntityTags.of(contribution.version)).build();
    }
}
