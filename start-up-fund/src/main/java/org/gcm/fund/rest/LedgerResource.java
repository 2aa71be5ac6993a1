package org.gcm.fund.rest;

import java.net.URI;
import java.time.LocalDate;
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
import org.gcm.fund.domain.LedgerEntry;
import org.gcm.fund.domain.PoolBalance;
import org.gcm.fund.domain.Roles;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.service.Interest;
import org.gcm.problem.ProblemException;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

import io.quarkus.panache.common.Sort;

@Path("/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "The fund's books in USD: pools, their balances and the entries behind them")
public class LedgerResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    PoolBalances balances;

    @Inject
    Interest interest;

    @Inject
    IdempotentCreations creations;

    @Schema(name = "Pool")
    public record PoolView(String pool, MoneyJson contributions, MoneyJson interest, MoneyJson administrativeAgentFees,
            MoneyJson transfers, MoneyJson indirectCosts, MoneyJson refunds, MoneyJson reserved, MoneyJson available) {

        static PoolView of(PoolBalance b) {
            return new PoolView(b.pool(), MoneyJson.usd(b.contributions()), MoneyJson.usd(b.interest()),
                    MoneyJson.usd(b.administrativeAgentFees()), MoneyJson.usd(b.transfers()), MoneyJson.usd(b.indirectCosts()),
                    MoneyJson.usd(b.refunds()), MoneyJson.usd(b.reserved()), MoneyJson.usd(b.available()));
        }
    }

    @Schema(name = "LedgerEntry")
    public record EntryView(long id, UUID transactionId, String account, MoneyJson debit, MoneyJson credit) {
    }

    @Schema(name = "NewInterest", example = "{\"amount\": {\"amount\": \"1250.40\", \"currency\": \"USD\"}, \"earnedOn\": \"2026-12-31\"}")
    public record NewInterest(@NotNull @Valid MoneyJson amount, @NotNull LocalDate earnedOn) {
    }

    @Schema(name = "InterestRecorded")
    public record InterestRecorded(UUID movementId, MoneyJson amount, LocalDate earnedOn) {
    }

    @GET
    @Path("/pools")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "listPools", summary = "Balances of every pool",
            description = "Unearmarked and one pool per earmark; each balance row is kept by the ledger in the transaction of its entries.")
    @APIResponse(responseCode = "200", description = "The pools")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    public List<PoolView> pools() {
        return balances.all().stream().map(PoolView::of).toList();
    }

    @GET
    @Path("/pools/{pool}")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "getPool", summary = "One pool's balance", description = "A primary-key read, however long the ledger.")
    @APIResponse(responseCode = "200", description = "The pool", content = @Content(schema = @Schema(implementation = PoolView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such pool", content = @Content(mediaType = PROBLEM))
    public PoolView pool(@Parameter(example = "THEMATIC_AREA:TA2") @PathParam("pool") String pool) {
        return balances.find(pool).map(PoolView::of)
                .orElseThrow(() -> ProblemException.notFound("Pool " + pool + " does not exist."));
    }

    @GET
    @Path("/pools/{pool}/entries")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "listPoolEntries", summary = "The latest entries of a pool", description = "Newest first, at most 200.")
    @APIResponse(responseCode = "200", description = "The entries")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM))
    public List<EntryView> entries(@Parameter(example = "UNEARMARKED") @PathParam("pool") String pool) {
        return LedgerEntry.<LedgerEntry>find("pool", Sort.descending("id"), pool).range(0, 199).list().stream()
                .map(e -> new EntryView(e.id, e.transactionId, e.account.name(), MoneyJson.usd(e.debit), MoneyJson.usd(e.credit)))
                .toList();
    }

    @POST
    @Path("/interest")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "recordInterest", summary = "Record interest earned",
            description = "A source of funds, credited to the unearmarked pool (USD). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = InterestRecorded.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a fund manager", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM))
    public Response recordInterest(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) String key,
            @NotNull @Valid NewInterest body) {
        return creations.create(key, body, () -> {
            UUID movement = interest.record(body.amount().value(), body.amount().currency(), body.earnedOn());
            return new Created(URI.create("/ledger/pools/UNEARMARKED"), new InterestRecorded(movement,
                    MoneyJson.usd(body.amount().value()), body.earnedOn()), null);
        });
    }
}
