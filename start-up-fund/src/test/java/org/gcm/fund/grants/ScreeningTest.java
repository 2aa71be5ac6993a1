package org.gcm.fund.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.CoFunding;
import org.gcm.fund.domain.ImplementingOrganisation;
import org.gcm.fund.domain.ScreeningResult;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.service.grants.Screening;
import org.junit.jupiter.api.Test;

/** The screening rules as a pure function of the application and the configured rules; without Quarkus. */
class ScreeningTest {

    record Rules(BigDecimal ceiling, int maximumDurationMonths, int minimumImplementingOrganisations,
            boolean coFundingRequired, boolean markersRequired) implements FundConfig.Screening {
    }

    private static final Rules DEFAULTS = new Rules(new BigDecimal("300000.00"), 24, 2, true, true);

    @Test
    void anApplicationWithinEveryRulePassesAndEachRuleSaysWhy() {
        ScreeningResult result = Screening.screen(passing(), DEFAULTS);
        assertTrue(result.passed());
        assertEquals(List.of("currency", "ceiling", "duration", "joint-implementation", "co-funding", "gender-marker",
                "human-rights-marker"), result.rules().stream().map(ScreeningResult.Rule::rule).toList());
        assertEquals("requested 300000.00 USD is within the ceiling of 300000.00 USD", message(result, "ceiling"));
        assertEquals("2027-01-01 to 2029-01-01 is within 24 months", message(result, "duration"));
    }

    @Test
    void eachBrokenRuleIsNamedAndTheOthersStillPass() {
        SeedGrant grant = passing();
        grant.requestedAmount = new BigDecimal("300000.01");
        grant.endDate = LocalDate.of(2029, 1, 2);
        grant.implementingOrganisations = List.of(grant.implementingOrganisations.get(0));
        grant.coFunding = List.of();
        grant.humanRightsMarker = null;
        ScreeningResult result = Screening.screen(grant, DEFAULTS);
        assertFalse(result.passed());
        assertEquals(List.of("ceiling", "duration", "joint-implementation", "co-funding", "human-rights-marker"),
                result.failed().stream().map(ScreeningResult.Rule::rule).toList());
        assertEquals("1 implementing organisation(s); at least 2 required", message(result, "joint-implementation"));
        assertEquals("the human-rights marker is not set", message(result, "human-rights-marker"));
    }

    @Test
    void aGrantInAnotherCurrencyFailsTheCurrencyAndTheCeiling() {
        SeedGrant grant = passing();
        grant.requestedCurrency = "EUR";
        grant.requestedAmount = new BigDecimal("1000.00");
        ScreeningResult result = Screening.screen(grant, DEFAULTS);
        assertEquals(List.of("currency", "ceiling"), result.failed().stream().map(ScreeningResult.Rule::rule).toList());
        assertEquals("requested in EUR; seed grants are made in USD", message(result, "currency"));
    }

    @Test
    void theConfiguredRulesDecide() {
        SeedGrant grant = passing();
        grant.coFunding = List.of();
        grant.genderMarker = null;
        grant.humanRightsMarker = null;
        assertFalse(Screening.screen(grant, DEFAULTS).passed());
        assertTrue(Screening.screen(grant, new Rules(new BigDecimal("300000.00"), 24, 2, false, false)).passed());
        assertFalse(Screening.screen(passing(), new Rules(new BigDecimal("299999.99"), 24, 2, true, true)).passed());
        assertFalse(Screening.screen(passing(), new Rules(new BigDecimal("300000.00"), 23, 2, true, true)).passed());
        assertFalse(Screening.screen(passing(), new Rules(new BigDecimal("300000.00"), 24, 3, true, true)).passed());
    }

    private static String message(ScreeningResult result, String rule) {
        return result.rules().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow().message();
    }

    /** At every limit of the default rules, and within them. */
    private static SeedGrant passing() {
        SeedGrant grant = new SeedGrant();
        grant.requestedAmount = new BigDecimal("300000.00");
        grant.requestedCurrency = "USD";
        grant.startDate = LocalDate.of(2027, 1, 1);
        grant.endDate = LocalDate.of(2029, 1, 1);
        grant.implementingOrganisations = List.of(new ImplementingOrganisation("PTN-IOM", "IOM", "LEAD"),
                new ImplementingOrganisation("PTN-ILO", "ILO", "PARTNER"));
        grant.coFunding = List.of(new CoFunding("Government of Kenya", new BigDecimal("50000.00"), "USD"));
        grant.genderMarker = 0;
        grant.humanRightsMarker = 2;
        return grant;
    }
}
