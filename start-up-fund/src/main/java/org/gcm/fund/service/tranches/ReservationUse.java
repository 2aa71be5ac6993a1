package org.gcm.fund.service.tranches;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.GrantAllocation;
import org.gcm.fund.service.ledger.Leg;

/**
 * How a grant's reservation is used, pool by pool, as pure arithmetic over its allocations (in the order they were
 * drawn): tranches take from it first to last, closure releases what is left and takes refunds back last to first.
 * Each method moves the allocations' figures and answers the ledger legs of the movement.
 */
public final class ReservationUse {

    private ReservationUse() {
    }

    /**
     * The indirect cost charged with a tranche: its share at {@code rate}, never more than is left of the grant's
     * indirect cost; the tranche that completes the grant takes all that is left, so that rounding leaves nothing.
     */
    public static BigDecimal indirectCost(BigDecimal tranche, BigDecimal rate, BigDecimal approved, BigDecimal indirectTotal,
            List<GrantAllocation> allocations) {
        BigDecimal left = indirectTotal.subtract(Amounts.sum(allocations, a -> a.indirectCost));
        BigDecimal disbursedToDate = Amounts.sum(allocations, a -> a.transferred).add(tranche);
        return disbursedToDate.compareTo(approved) == 0 ? left : Amounts.percent(tranche, rate).min(left);
    }

    /**
     * A tranche of {@code transfer} with its {@code indirect} cost, out of the reservation: transfers and indirect
     * costs up, reserved down, in each pool as far as its part reaches. Empty when the reservation does not cover it.
     */
    public static Optional<List<Leg>> disburse(List<GrantAllocation> allocations, BigDecimal transfer, BigDecimal indirect) {
        List<Leg> legs = new ArrayList<>();
        BigDecimal transferLeft = transfer;
        BigDecimal costLeft = indirect;
        for (GrantAllocation allocation : allocations) {
            BigDecimal room = allocation.remaining();
            BigDecimal moved = room.min(transferLeft);
            BigDecimal cost = room.subtract(moved).min(costLeft);
            if (moved.signum() == 0 && cost.signum() == 0) {
                continue;
            }
            legs.add(Leg.debit(allocation.pool, Account.TRANSFERS, moved));
            legs.add(Leg.debit(allocation.pool, Account.INDIRECT_COSTS, cost));
            legs.add(Leg.credit(allocation.pool, Account.RESERVED, moved.add(cost)));
            allocation.transferred = allocation.transferred.add(moved);
            allocation.indirectCost = allocation.indirectCost.add(cost);
            transferLeft = transferLeft.subtract(moved);
            costLeft = costLeft.subtract(cost);
        }
        return transferLeft.signum() == 0 && costLeft.signum() == 0 ? Optional.of(legs) : Optional.empty();
    }

    /** At closure: what is still reserved goes back to available, in each pool. */
    public static List<Leg> release(List<GrantAllocation> allocations) {
        List<Leg> legs = new ArrayList<>();
        for (GrantAllocation allocation : allocations) {
            BigDecimal left = allocation.remaining();
            if (left.signum() > 0) {
                legs.add(Leg.debit(allocation.pool, Account.AVAILABLE, left));
                legs.add(Leg.credit(allocation.pool, Account.RESERVED, left));
                allocation.released = allocation.released.add(left);
            }
        }
        return legs;
    }

    /**
     * At closure: {@code refund} (transferred but not spent) comes back to available as a refund, to the pools it was
     * transferred from, the last drawn first.
     */
    public static List<Leg> refund(List<GrantAllocation> allocations, BigDecimal refund) {
        List<Leg> legs = new ArrayList<>();
        BigDecimal toReturn = refund;
        for (int i = allocations.size() - 1; i >= 0; i--) {
            GrantAllocation allocation = allocations.get(i);
            BigDecimal back = allocation.transferred.subtract(allocation.refunded).min(toReturn);
            if (back.signum() > 0) {
                legs.add(Leg.debit(allocation.pool, Account.AVAILABLE, back));
                legs.add(Leg.credit(allocation.pool, Account.REFUNDS, back));
                allocation.refunded = allocation.refunded.add(back);
                toReturn = toReturn.subtract(back);
            }
        }
        return legs;
    }
}
