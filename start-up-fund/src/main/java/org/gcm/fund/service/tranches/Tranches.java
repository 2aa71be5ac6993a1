package org.gcm.fund.service.tranches;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.GrantAction;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.domain.Tranche;
import org.gcm.fund.domain.TrancheStatus;
import org.gcm.fund.repository.TrancheRepository;
import org.gcm.fund.service.grants.GrantApplications;
import org.gcm.fund.service.tranches.TrancheCommands.NewTranche;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.NotFound;
import org.gcm.refusals.StateConflict;

/** An approved grant's disbursement schedule: planning tranches, and reading them within the caller's scope. */
@ApplicationScoped
public class Tranches {

    /** The most tranches a schedule has: far more than any seed grant needs, and the bound of a tranche's number. */
    public static final int MOST = 100;

    private final GrantApplications applications;
    private final TrancheRepository tranches;

    Tranches(GrantApplications applications, TrancheRepository tranches) {
        this.applications = applications;
        this.tranches = tranches;
    }

    /** Adds a tranche to the schedule of an APPROVED or ACTIVE grant; the schedule never exceeds the approved amount. */
    @Transactional
    public Tranche plan(UUID grantId, NewTranche body) {
        SeedGrant grant = applications.get(grantId);
        if (!GrantAction.DISBURSE.allowedFrom(grant.status)) {
            throw new StateConflict(grant.describe() + " is " + grant.status + "; tranches are planned only while it is "
                    + GrantAction.DISBURSE.from() + ".");
        }
        List<Tranche> schedule = tranches.of(grantId);
        if (schedule.size() >= MOST) {
            throw new StateConflict(grant.describe() + " already has " + MOST + " tranches, the most a schedule has.");
        }
        BigDecimal planned = Amounts.sum(schedule, t -> t.amount);
        BigDecimal amount = body.amount().value();
        InvalidInput.check()
                .require(Amounts.USD.equals(body.amount().currency()), "amount.currency", "usd", "must be USD")
                .require(Amounts.positive(amount), "amount.amount", "positive", "must be more than zero")
                .require(planned.add(amount).compareTo(grant.approvedAmount) <= 0, "amount.amount", "within-grant",
                        "would bring the schedule to more than the approved " + grant.approvedAmount.toPlainString()
                                + " USD (already planned: " + planned.toPlainString() + ")")
                .orRefuse();
        Tranche tranche = new Tranche();
        tranche.id = UUID.randomUUID();
        tranche.grantId = grantId;
        tranche.number = schedule.size() + 1;
        tranche.amount = Amounts.cents(amount);
        tranche.plannedOn = body.plannedOn();
        tranche.status = TrancheStatus.PLANNED;
        tranches.persist(tranche);
        return tranche;
    }

    /** The schedule, in order, of a grant the caller may read. */
    public List<Tranche> of(UUID grantId) {
        return tranches.of(applications.get(grantId).id);
    }

    /** One tranche of a grant the caller may read. */
    public Tranche get(UUID grantId, int number) {
        applications.get(grantId);
        return tranches.find(grantId, number).orElseThrow(() -> NotFound.of("tranche", number + " of grant " + grantId));
    }
}
