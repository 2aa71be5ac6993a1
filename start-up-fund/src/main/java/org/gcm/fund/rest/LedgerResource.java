package org.gcm.fund.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import org.gcm.caller.Roles;
import org.gcm.fund.rest.LedgerViews.EntryView;
import org.gcm.fund.rest.LedgerViews.InterestRecorded;
import org.gcm.fund.rest.LedgerViews.PoolView;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.ledger.Interest;
import org.gcm.fund.service.ledger.LedgerReads;
import org.gcm.fund.service.ledger.NewInterest;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

@Path("/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "The fund's books in USD: pools, their balances and the entries behind them")
public class LedgerResource {

    private final LedgerReads ledger;
    private final Interest interest;
    private final IdempotentCreations creations;

    LedgerResource(LedgerReads ledger, Interest interest, IdempotentCreations creations) {
        this.ledger = ledger;
        this.interest = interest;
        this.creations = creations;
    }

    @GET
    @Path("/pools")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "listPools", summary = "Balances of every pool",
            description = "Unearmarked and one pool per earmark; each balance row is kept by the ledger in the transaction of its entries.")
    @APIResponse(responseCode = "200", description = "The pools")
    public List<PoolView> pools() {
        return ledger.pools().stream().map(PoolView::of).toList();
    }

    @GET
    @Path("/pools/{pool}")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "getPool", summary = "One pool's balance", description = "A primary-key read, however long the ledger.")
    @APIResponse(responseCode = "200", description = "The pool", content = @Content(schema = @Schema(implementation = PoolView.class)))
    public PoolView pool(@Parameter(example = "THEMATIC_AREA:TA2") @PathParam("pool") String pool) {
        return PoolView.of(ledger.pool(pool));
    }

    @GET
    @Path("/pools/{pool}/entries")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "listPoolEntries", summary = "The latest entries of a pool", description = "Newest first, at most 200.")
    @APIResponse(responseCode = "200", description = "The entries")
    public List<EntryView> entries(@Parameter(example = "UNEARMARKED") @PathParam("pool") String pool) {
        return ledger.entries(pool).stream().map(EntryView::of).toList();
    }

    @POST
    @Path("/interest")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "recordInterest", summary = "Record interest earned",
            description = "A source of funds, credited to the unearmarked pool (USD). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = InterestRecorded.class)))
    public Response recordInterest(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) String key,
            @NotNull @Valid NewInterest body) {
        return creations.create(key, body, () -> {
            UUID movement = interest.record(body);
            return new Created(URI.create("/ledger/pools/UNEARMARKED"), new InterestRecorded(movement,
                    MoneyJson.usd(body.amount().value()), body.earnedOn()), null);
        });
    }
}
