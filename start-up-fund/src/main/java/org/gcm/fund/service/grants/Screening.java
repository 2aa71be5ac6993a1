package org.gcm.fund.service.grants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.ScreeningResult;
import org.gcm.fund.domain.ScreeningResult.Rule;
import org.gcm.fund.domain.SeedGrant;

/**
 * The fund's eligibility rules ({@code fund.screening.*}), each with a stable name and a verdict in words: a pure
 * function of the application and the configured rules.
 */
public final class Screening {

    public static final String CURRENCY = "currency";
    public static final String CEILING = "ceiling";
    public static final String DURATION = "duration";
    public static final String JOINT_IMPLEMENTATION = "joint-implementation";
    public static final String CO_FUNDING = "co-funding";
    public static final String GENDER_MARKER = "gender-marker";
    public static final String HUMAN_RIGHTS_MARKER = "human-rights-marker";

    private Screening() {
    }

    /** Every rule's verdict on the application; it passes when all pass. */
    public static ScreeningResult screen(SeedGrant grant, FundConfig.Screening rules) {
        List<Rule> verdicts = new ArrayList<>();
        boolean usd = Amounts.USD.equals(grant.requestedCurrency);
        verdicts.add(new Rule(CURRENCY, usd, usd ? "requested in USD"
                : "requested in " + grant.requestedCurrency + "; seed grants are made in USD"));
        boolean withinCeiling = usd && grant.requestedAmount.compareTo(rules.ceiling()) <= 0;
        verdicts.add(new Rule(CEILING, withinCeiling, "requested " + grant.requestedAmount.toPlainString() + " "
                + grant.requestedCurrency + (withinCeiling ? " is within" : " exceeds") + " the ceiling of "
                + rules.ceiling().toPlainString() + " USD"));
        boolean shortEnough = !grant.endDate.isAfter(grant.startDate.plusMonths(rules.maximumDurationMonths()));
        verdicts.add(new Rule(DURATION, shortEnough, grant.startDate + " to " + grant.endDate
                + (shortEnough ? " is within " : " is longer than ") + rules.maximumDurationMonths() + " months"));
        int organisations = grant.implementingOrganisations.size();
        boolean joint = organisations >= rules.minimumImplementingOrganisations();
        verdicts.add(new Rule(JOINT_IMPLEMENTATION, joint, organisations + " implementing organisation(s); at least "
                + rules.minimumImplementingOrganisations() + " required"));
        BigDecimal coFunded = Amounts.sum(grant.coFunding, c -> c.amount());
        boolean coFunding = !rules.coFundingRequired() || coFunded.signum() > 0;
        verdicts.add(new Rule(CO_FUNDING, coFunding, coFunded.signum() > 0
                ? grant.coFunding.size() + " co-funding source(s) declared" : "no co-funding declared"));
        verdicts.add(marker(GENDER_MARKER, "gender", grant.genderMarker, rules.markersRequired()));
        verdicts.add(marker(HUMAN_RIGHTS_MARKER, "human-rights", grant.humanRightsMarker, rules.markersRequired()));
        return new ScreeningResult(verdicts.stream().allMatch(Rule::passed), verdicts);
    }

    private static Rule marker(String rule, String what, Integer value, boolean required) {
        boolean passed = !required || value != null;
        return new Rule(rule, passed, value == null ? "the " + what + " marker is not set" : "the " + what
                + " marker is " + value);
    }
}
