package org.gcm.fund.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.gcm.fund.domain.Amounts;
import org.gcm.fund.service.Currencies;
import org.gcm.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** Cents, US dollar conversion, fees, ratios and currencies' minor units; without Quarkus. */
class MoneyArithmeticTest {

    private final Currencies currencies = new Currencies(ReferenceData.load());

    @Test
    void aDepositIsWorthItsAmountAtItsRateRoundedHalfUpToCents() {
        assertEquals(new BigDecimal("1084200.00"), Amounts.usd(new BigDecimal("1000000.00"), new BigDecimal("1.0842")));
        assertEquals(new BigDecimal("10842.51"), Amounts.usd(new BigDecimal("10000.01"), new BigDecimal("1.08425")));
        assertEquals(new BigDecimal("0.01"), Amounts.usd(new BigDecimal("1"), new BigDecimal("0.005")));
        assertEquals(new BigDecimal("0.00"), Amounts.usd(new BigDecimal("1"), new BigDecimal("0.0049")));
    }

    @Test
    void feesAndIndirectCostsAreTheirRateOfTheAmountToTheCent() {
        assertEquals(new BigDecimal("10842.00"), Amounts.percent(new BigDecimal("1084200.00"), new BigDecimal("0.01")));
        assertEquals(new BigDecimal("17500.00"), Amounts.percent(new BigDecimal("250000.00"), new BigDecimal("0.07")));
        assertEquals(new BigDecimal("0.07"), Amounts.percent(new BigDecimal("1.00"), new BigDecimal("0.07")));
    }

    @Test
    void leverageIsARatioWithTwoDecimals() {
        assertEquals("1.50", Amounts.ratio(new BigDecimal("300000.00"), new BigDecimal("200000.00")));
        assertEquals("0.33", Amounts.ratio(BigDecimal.ONE, new BigDecimal("3")));
        assertEquals("0.00", Amounts.ratio(BigDecimal.TEN, BigDecimal.ZERO));
    }

    @Test
    void amountsHaveNoMoreDecimalsThanTheirCurrency() {
        assertTrue(currencies.known("EUR"));
        assertFalse(currencies.known("XYZ"));
        assertFalse(currencies.known("eur"));
        assertFalse(currencies.known("XXX"));
        assertFalse(currencies.known("XTS"));
        assertEquals(0, currencies.decimals("JPY"));
        assertEquals(2, currencies.decimals("KWD"));
        assertFalse(currencies.fitsMinorUnits(new BigDecimal("100.50"), "JPY"));
        assertTrue(currencies.fitsMinorUnits(new BigDecimal("100.00"), "JPY"));
        assertFalse(currencies.fitsMinorUnits(new BigDecimal("12.345"), "EUR"));
        assertEquals("must have at most 0 decimals in JPY", currencies.minorUnits("JPY"));
    }
}
