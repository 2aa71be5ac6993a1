package org.gcm.fund.tranches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.GrantAllocation;
import org.gcm.fund.service.ledger.Leg;
import org.gcm.fund.service.tranches.ReservationUse;
import org.junit.jupiter.api.Test;

/**
 * A grant of 100,000 USD with 7,000 indirect cost, reserved 30,000 from an objective's pool and 77,000 from a country's:
 * how its tranches, release and refund move through the pools; without Quarkus.
 */
class ReservationUseTest {

    private static final BigDecimal RATE = new BigDecimal("0.07");
    private static final BigDecimal APPROVED = new BigDecimal("100000.00");
    private static final BigDecimal INDIRECT = new BigDecimal("7000.00");

    @Test
    void tranchesTakeFromThePoolsInTheOrderTheyWereDrawnAndTheLastTakesTheRestOfTheIndirectCost() {
        List<GrantAllocation> reservation = reservation();
        BigDecimal first = ReservationUse.indirectCost(amount("40000.00"), RATE, APPROVED, INDIRECT, reservation);
        assertEquals(amount("2800.00"), first);
        List<Leg> legs = ReservationUse.disburse(reservation, amount("40000.00"), first).orElseThrow();
        assertEquals(List.of(
                Leg.debit("OBJECTIVE:5", Account.TRANSFERS, amount("30000.00")),
                Leg.debit("OBJECTIVE:5", Account.INDIRECT_COSTS, amount("0.00")),
                Leg.credit("OBJECTIVE:5", Account.RESERVED, amount("30000.00")),
                Leg.debit("COUNTRY:MEX", Account.TRANSFERS, amount("10000.00")),
                Leg.debit("COUNTRY:MEX", Account.INDIRECT_COSTS, amount("2800.00")),
                Leg.credit("COUNTRY:MEX", Account.RESERVED, amount("12800.00"))), legs);

        BigDecimal last = ReservationUse.indirectCost(amount("60000.00"), RATE, APPROVED, INDIRECT, reservation);
        assertEquals(amount("4200.00"), last);
        ReservationUse.disburse(reservation, amount("60000.00"), last).orElseThrow();
        assertEquals(List.of(amount("0.00"), amount("0.00")), reservation.stream().map(GrantAllocation::remaining).toList());
        assertTrue(ReservationUse.disburse(reservation, amount("0.01"), amount("0.00")).isEmpty(),
                "nothing is left for another tranche");
    }

    @Test
    void closureReleasesWhatIsLeftAndRefundsTheLastDrawnPoolFirst() {
        List<GrantAllocation> reservation = reservation();
        ReservationUse.disburse(reservation, amount("50000.00"), amount("3500.00")).orElseThrow();
        assertEquals(List.of(Leg.debit("COUNTRY:MEX", Account.AVAILABLE, amount("53500.00")),
                Leg.credit("COUNTRY:MEX", Account.RESERVED, amount("53500.00"))), ReservationUse.release(reservation));
        assertEquals(List.of(
                Leg.debit("COUNTRY:MEX", Account.AVAILABLE, amount("20000.00")),
                Leg.credit("COUNTRY:MEX", Account.REFUNDS, amount("20000.00")),
                Leg.debit("OBJECTIVE:5", Account.AVAILABLE, amount("5000.00")),
                Leg.credit("OBJECTIVE:5", Account.REFUNDS, amount("5000.00"))),
                ReservationUse.refund(reservation, amount("25000.00")));
        assertEquals(List.of(amount("5000.00"), amount("20000.00")),
                reservation.stream().map(a -> a.refunded).toList());
    }

    private static List<GrantAllocation> reservation() {
        return List.of(allocation(1, "OBJECTIVE:5", "30000.00"), allocation(2, "COUNTRY:MEX", "77000.00"));
    }

    private static GrantAllocation allocation(int position, String pool, String reserved) {
        GrantAllocation allocation = new GrantAllocation();
        allocation.id = UUID.randomUUID();
        allocation.position = position;
        allocation.pool = pool;
        allocation.reserved = amount(reserved);
        return allocation;
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
