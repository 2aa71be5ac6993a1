package org.gcm.fund.service.figures;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.fund.service.MoneyJson;

/**
 * The fund's key figures in the shape of the MPTF Office's fund factsheet, in USD: sources and uses of funds, the
 * balance, grants by state, and leverage.
 */
@Schema(name = "KeyFigures", example = """
        {"asOf": "2026-11-22T18:00:00Z", "currency": "USD",
         "sources": {"contributions": {"amount": "1084200.00", "currency": "USD"}, "interest": {"amount": "0.00", "currency": "USD"},
                     "total": {"amount": "1084200.00", "currency": "USD"}},
         "uses": {"transfers": {"amount": "100000.00", "currency": "USD"}, "refunds": {"amount": "0.00", "currency": "USD"},
                  "netFundedAmount": {"amount": "100000.00", "currency": "USD"},
                  "administrativeAgentFees": {"amount": "10842.00", "currency": "USD"},
                  "indirectCosts": {"amount": "7000.00", "currency": "USD"}, "total": {"amount": "117842.00", "currency": "USD"}},
         "balance": {"available": {"amount": "805858.00", "currency": "USD"}, "reserved": {"amount": "160500.00", "currency": "USD"},
                     "total": {"amount": "966358.00", "currency": "USD"}},
         "grants": {"received": 0, "underReview": 0, "approved": 0, "pipeline": 0, "active": 1, "closed": 0, "rejected": 0},
         "leverage": {"seed": {"amount": "250000.00", "currency": "USD"}, "followOn": {"amount": "0.00", "currency": "USD"},
                      "leverage": "0.00", "grants": []}}""")
public record KeyFigures(OffsetDateTime asOf, String currency, Sources sources, Uses uses, Balance balance,
        GrantCounts grants, Leverage leverage) {

    public record Sources(MoneyJson contributions, MoneyJson interest, MoneyJson total) {
    }

    /** Refunds from implementing organisations reduce the net funded amount. */
    public record Uses(MoneyJson transfers, MoneyJson refunds, MoneyJson netFundedAmount,
            MoneyJson administrativeAgentFees, MoneyJson indirectCosts, MoneyJson total) {
    }

    public record Balance(MoneyJson available, MoneyJson reserved, MoneyJson total) {
    }

    public record GrantCounts(long received, long underReview, long approved, long pipeline, long active, long closed,
            long rejected) {
    }
}
