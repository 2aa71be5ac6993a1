package org.gcm.fund.rest;

import java.net.URI;
import java.time.LocalDate;
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
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.rest.LedgerViews.EntryView;
import org.gcm.fund.rest.LedgerViews.InterestRecorded;
import org.gcm.fund.rest.LedgerViews.PoolView;
import org.gcm.fund.rest.LedgerViews.TransactionView;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.PlausibleDate;
import org.gcm.fund.service.ledger.Interest;
import org.gcm.fund.service.ledger.LedgerReads;
import org.gcm.fund.service.ledger.NewInterest;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

@Path("/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "The fund's books in USD: pools, their balances, and every movement with its entries")
public class LedgerResource {

    /** A pool's name, as the books' pool column holds it. */
    private static final int POOL = 40;

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
    public PoolView pool(@Parameter(example = "THEMATIC_AREA:TA2") @PathParam("pool") @Size(max = POOL) String pool) {
        return PoolView.of(ledger.pool(pool));
    }

    @GET
    @Path("/pools/{pool}/entries")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "listPoolEntries", summary = "A pool's entries", description = "Newest first, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of the pool's entries")
    public Page<EntryView> entries(@Parameter(example = "UNEARMARKED") @PathParam("pool") @Size(max = POOL) String pool,
            @Valid @BeanParam Paging paging) {
        return ledger.entries(pool, paging).map(EntryView::of);
    }

    @GET
    @Path("/transactions")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "listLedgerTransactions", summary = "Audit the books: movements with their entries",
            description = "Every movement of the ledger (deposits, interest, reservations, disbursements, releases, refunds), "
                    + "newest first, each with its kind, value date, description, amount and its entries, whose debits equal "
                    + "their credits. Filters combine; dates are value dates, inclusive.")
    @APIResponse(responseCode = "200", description = "A page of movements")
    public Page<TransactionView> transactions(@Parameter(description = "Only movements of this kind") @QueryParam("kind") LedgerTransaction.Kind kind,
            @Parameter(description = "Value date on or after; " + PlausibleDate.RANGE, example = "2026-01-01") @QueryParam("from") @PlausibleDate LocalDate from,
            @Parameter(description = "Value date on or before, not before from; " + PlausibleDate.RANGE, example = "2026-12-31") @QueryParam("to") @PlausibleDate LocalDate to,
            @Parameter(description = "Only movements with an entry in this pool", example = "COUNTRY:PHL") @QueryParam("pool") @Size(max = POOL) String pool,
            @Parameter(description = "Only movements of this contribution") @QueryParam("contributionId") UUID contributionId,
            @Parameter(description = "Only movements of this grant") @QueryParam("grantId") UUID grantId,
            @Valid @BeanParam Paging paging) {
        return ledger.movements(kind, from, to, pool, contributionId, grantId, paging).map(TransactionView::of);
    }

    @GET
    @Path("/transactions/{id}")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "getLedgerTransaction", summary = "One movement with its entries",
            description = "The movementId that recording interest answers, or the id of a listed movement.")
    @APIResponse(responseCode = "200", description = "The movement", content = @Content(schema = @Schema(implementation = TransactionView.class)))
    public TransactionView transaction(@PathParam("id") UUID id) {
        return TransactionView.of(ledger.movement(id));
    }

    @POST
    @Path("/interest")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "recordInterest", summary = "Record interest earned",
            description = "A source of funds, credited to the unearmarked pool (USD). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = InterestRecorded.class)))
    public Response recordInterest(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String key,
            @NotNull @Valid NewInterest body) {
        return creations.create(key, body, () -> {
            UUID movement = interest.record(body);
            return new Created(URI.create("/ledger/pools/UNEARMARKED"), new InterestRecorded(movement,
                    MoneyJson.usd(body.amount().value()), body.earnedOn()), null);
        });
    }
}
