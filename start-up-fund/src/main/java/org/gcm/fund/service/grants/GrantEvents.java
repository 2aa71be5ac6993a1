package org.gcm.fund.service.grants;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.events.contract.payload.GrantApproved;
import org.gcm.events.contract.payload.GrantPipelined;
import org.gcm.events.contract.payload.GrantRejected;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.contract.payload.TrancheDisbursed;
import org.gcm.events.outbox.Outbox;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.SeedGrant;

/** What the fund tells the hub about a grant, through the outbox in the transaction of the change; key = grant id. */
@ApplicationScoped
public class GrantEvents {

    private final Outbox outbox;

    GrantEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void approved(SeedGrant grant) {
        outbox.append(grant.id.toString(), new GrantApproved(grant.id.toString(), grant.requestId,
                grant.requestingCountry, Money.of(grant.approvedAmount, Amounts.USD), grant.decidedAt));
    }

    public void pipelined(SeedGrant grant) {
        outbox.append(grant.id.toString(), new GrantPipelined(grant.id.toString(), grant.requestId,
                grant.requestingCountry, Money.of(grant.approvedAmount, Amounts.USD), grant.decidedAt));
    }

    public void rejected(SeedGrant grant) {
        outbox.append(grant.id.toString(), new GrantRejected(grant.id.toString(), grant.requestId,
                grant.requestingCountry, grant.rejectionReason, grant.decidedAt));
    }

    public void trancheDisbursed(SeedGrant grant, int number, BigDecimal amount, BigDecimal disbursedToDate,
            LocalDate disbursedOn) {
        outbox.append(grant.id.toString(), new TrancheDisbursed(grant.id.toString(), grant.requestId,
                grant.requestingCountry, number, Money.of(amount, Amounts.USD), Money.of(disbursedToDate, Amounts.USD),
                disbursedOn));
    }
}
