package org.gcm.fund.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.gcm.fund.domain.Account;
import org.gcm.fund.service.ledger.Interest;
import org.gcm.fund.service.ledger.Leg;
import org.gcm.refusals.FieldError;
import org.gcm.refusals.InvalidInput;
import org.junit.jupiter.api.Test;

/** Interest as a movement of the books, without Quarkus: available and interest up in the unearmarked pool. */
class InterestTest {

    @Test
    void interestIsABalancedMovementIntoTheUnearmarkedPoolToTheCent() {
        assertEquals(List.of(Leg.debit("UNEARMARKED", Account.AVAILABLE, new BigDecimal("0.43")),
                Leg.credit("UNEARMARKED", Account.INTEREST, new BigDecimal("0.43"))),
                Interest.legs(new BigDecimal("0.425"), "USD"));
        assertEquals(List.of(Leg.debit("UNEARMARKED", Account.AVAILABLE, new BigDecimal("1250.40")),
                Leg.credit("UNEARMARKED", Account.INTEREST, new BigDecimal("1250.40"))),
                Interest.legs(new BigDecimal("1250.4"), "USD"));
    }

    @Test
    void interestIsRefusedUnlessItIsAPositiveAmountInUsd() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Interest.legs(BigDecimal.ZERO, "EUR"));
        assertEquals(List.of(new FieldError("amount.currency", "usd", "must be USD: the books are kept in USD"),
                new FieldError("amount.amount", "positive", "must be more than zero")), refused.errors());
    }
}
