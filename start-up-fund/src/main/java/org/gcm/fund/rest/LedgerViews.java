package org.gcm.fund.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.fund.domain.LedgerEntry;
import org.gcm.fund.domain.PoolBalance;
import org.gcm.fund.service.MoneyJson;

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

    @Schema(name = "LedgerEntry")
    public record EntryView(long id, UUID transactionId, String account, MoneyJson debit, MoneyJson credit) {

        static EntryView of(LedgerEntry e) {
            return new EntryView(e.id, e.transactionId, e.account.name(), MoneyJson.usd(e.debit), MoneyJson.usd(e.credit));
        }
    }

    @Schema(name = "InterestRecorded")
    public record InterestRecorded(UUID movementId, MoneyJson amount, LocalDate earnedOn) {
    }
}
