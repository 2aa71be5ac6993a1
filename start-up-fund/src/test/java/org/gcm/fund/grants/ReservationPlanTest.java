package org.gcm.fund.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gcm.fund.service.grants.Reservations;
import org.gcm.fund.service.grants.Reservations.Draw;
import org.junit.jupiter.api.Test;

/** How an approval draws on the pools: in their order, never more than a pool has, skipping blocked pools; without Quarkus. */
class ReservationPlanTest {

    private static final List<String> CANDIDATES = List.of("THEMATIC_AREA:TA4", "OBJECTIVE:5", "COUNTRY:MEX", "UNEARMARKED");

    @Test
    void theEarmarkedPoolsAreDrawnFirstAndTheUnearmarkedLast() {
        Map<String, BigDecimal> available = Map.of("OBJECTIVE:5", new BigDecimal("9900.00"),
                "COUNTRY:MEX", new BigDecimal("50000.00"), "UNEARMARKED", new BigDecimal("100000.00"));
        assertEquals(List.of(new Draw("OBJECTIVE:5", new BigDecimal("9900.00")), new Draw("COUNTRY:MEX", new BigDecimal("50000.00")),
                new Draw("UNEARMARKED", new BigDecimal("47100.00"))),
                Reservations.plan(CANDIDATES, Set.of(), available, new BigDecimal("107000.00")));
    }

    @Test
    void aPoolAPipelinedGrantWaitsForIsSkippedAndWhatIsNotCoveredIsNotDrawnAtAll() {
        Map<String, BigDecimal> available = Map.of("COUNTRY:MEX", new BigDecimal("50000.00"),
                "UNEARMARKED", new BigDecimal("100000.00"));
        assertEquals(List.of(new Draw("UNEARMARKED", new BigDecimal("100000.00"))),
                Reservations.plan(CANDIDATES, Set.of("COUNTRY:MEX"), available, new BigDecimal("100000.00")));
        assertEquals(List.of(), Reservations.plan(CANDIDATES, Set.of("COUNTRY:MEX"), available, new BigDecimal("100000.01")));
    }
}
