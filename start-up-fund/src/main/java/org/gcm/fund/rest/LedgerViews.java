package org.gcm.fund.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.LedgerEntry;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.domain.PoolBalance;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.ledger.LedgerReads;

/** What the ledger endpoints answer, in USD. */
public final class LedgerViews {

    private LedgerViews() {
    }

    @Schema(name = "Pool")
    public record PoolView(String pool, MoneyJson contributions, MoneyJson interest, MoneyJson administrativeAgentFees,
            MoneyJson transfers, MoneyJson indirectCosts, MoneyJson refunds, MoneyJson reserved, MoneyJson available) {

        static PoolView of(PoolBalance b) {
            return new PoolView(b.pool(), MoneyJson.usd(b.contributions()), MoneyJson.usd(b.interest()),
                    MoneyJson.usd(b.administrativeAgentFees()), MoneyJson.usd(b.transfers()), MoneyJson.usd(b.indirectCosts()),
                    MoneyJson.usd(b.refunds()), MoneyJson.usd(b.reserved()), MoneyJson.usd(b.available()));
        }
    }

    @Schema(name = "LedgerEntry", description = "One leg of a movement: a debit or a credit on one account of one pool")
    public record EntryView(long id, UUID transactionId, String pool, String account, MoneyJson debit, MoneyJson credit) {

        static EntryView of(LedgerEntry e) {
            return new EntryView(e.id, e.transactionId, e.pool, e.account.name(), MoneyJson.usd(e.debit), MoneyJson.usd(e.credit));
        }
    }

    @Schema(name = "LedgerTransaction", description = "One movement of the books: its entries' debits equal their credits, "
            + "and amount is that sum", example = """
            {"id": "0b6f7d8e-4c1a-4f55-9b1e-2a7c5d9e1f00", "kind": "DEPOSIT", "valueDate": "2026-11-20",
             "recordedAt": "2026-11-20T09:14:03Z",
             "description": "Deposit 5e0c7a61-3f0e-4f3a-8d6c-1b2a3c4d5e6f of contribution 9a41c2d0-0d7b-4b8e-a0a5-7f3e0c1d2b44 (1000000.00 EUR at 1.0842)",
             "amount": {"amount": "1095042.00", "currency": "USD"}, "contributionId": "9a41c2d0-0d7b-4b8e-a0a5-7f3e0c1d2b44",
             "depositId": "5e0c7a61-3f0e-4f3a-8d6c-1b2a3c4d5e6f", "grantId": null, "trancheNumber": null,
             "entries": [
               {"id": 101, "transactionId": "0b6f7d8e-4c1a-4f55-9b1e-2a7c5d9e1f00", "pool": "COUNTRY:PHL", "account": "AVAILABLE",
                "debit": {"amount": "1084200.00", "currency": "USD"}, "credit": {"amount": "0.00", "currency": "USD"}},
               {"id": 102, "transactionId": "0b6f7d8e-4c1a-4f55-9b1e-2a7c5d9e1f00", "pool": "COUNTRY:PHL", "account": "CONTRIBUTIONS",
                "debit": {"amount": "0.00", "currency": "USD"}, "credit": {"amount": "1084200.00", "currency": "USD"}},
               {"id": 103, "transactionId": "0b6f7d8e-4c1a-4f55-9b1e-2a7c5d9e1f00", "pool": "COUNTRY:PHL", "account": "ADMINISTRATIVE_AGENT_FEES",
                "debit": {"amount": "10842.00", "currency": "USD"}, "credit": {"amount": "0.00", "currency": "USD"}},
               {"id": 104, "transactionId": "0b6f7d8e-4c1a-4f55-9b1e-2a7c5d9e1f00", "pool": "COUNTRY:PHL", "account": "AVAILABLE",
                "debit": {"amount": "0.00", "currency": "USD"}, "credit": {"amount": "10842.00", "currency": "USD"}}]}""")
    public record TransactionView(UUID id, LedgerTransaction.Kind kind, LocalDate valueDate, OffsetDateTime recordedAt,
            String description, MoneyJson amount, UUID contributionId, UUID depositId, UUID grantId, Integer trancheNumber,
            List<EntryView> entries) {

        static TransactionView of(LedgerReads.Movement m) {
            LedgerTransaction t = m.transaction();
            return new TransactionView(t.id, t.kind, t.valueDate, t.recordedAt, t.description,
                    MoneyJson.usd(Amounts.sum(m.entries(), e -> e.debit)), t.contributionId, t.depositId, t.grantId,
                    t.trancheNumber, m.entries().stream().map(EntryView::of).toList());
        }
    }

    @Schema(name = "InterestRecorded")
    public record InterestRecorded(UUID movementId, MoneyJson amount, LocalDate earnedOn) {
    }
}
