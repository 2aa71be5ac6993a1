package org.gcm.events.contract.payload;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Cash from a contributor reached the start-up fund (para 43 (b)(iii)): one receipt against a contribution.
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#CONTRIBUTION_DEPOSITED}, topic
 * {@code fund.contributions}, subject and record key = the contribution id.<br>
 * <b>Published by</b> the start-up fund when a fund manager records a deposit (the contribution moves, or
 * stays, DEPOSITED; a contribution may have several deposits, each its own event with its own
 * {@code depositId}).<br>
 * <b>Consumed by</b> no service yet: it is the public feed for the fund's figures, donor reporting and
 * integrators (the fund itself keeps the ledger). A consumer that sums deposits keys them by
 * {@code depositId}.
 *
 * @param contributionId the fund's id of the contribution (pledge, then commitment, then deposits)
 * @param depositId the fund's id of this cash receipt
 * @param contributorId the fund's id of the contributor (the {@code contributor_id} claim of its users)
 * @param contributorName the contributor's name, as published in the fund's figures
 * @param contributorType IATI organisation type code of the contributor ({@code 10} government, {@code 40}
 *        multilateral, {@code 60} foundation, {@code 70} private sector, ...)
 * @param amount the amount received, in the original currency
 * @param exchangeRate US dollars per one unit of the original currency at deposit, a decimal string
 *        ({@code "1"} for USD)
 * @param usdValue the amount's value in US dollars at that rate, rounded to cents
 * @param depositedOn value date of the receipt, ISO 8601 date
 * @param earmarking what the money may be spent on
 */
@EventContract(type = EventTypes.CONTRIBUTION_DEPOSITED, topic = Topics.FUND_CONTRIBUTIONS)
public record ContributionDeposited(
        String contributionId,
        String depositId,
        String contributorId,
        String contributorName,
        String contributorType,
        Money amount,
        String exchangeRate,
        Money usdValue,
        LocalDate depositedOn,
        Earmarking earmarking) {

    private static final Pattern IATI_ORGANISATION_TYPE = Pattern.compile("[0-9]{2}");
    private static final Pattern RATE = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    public ContributionDeposited {
        Checks.id("ContributionDeposited.contributionId", contributionId);
        Checks.id("ContributionDeposited.depositId", depositId);
        Checks.id("ContributionDeposited.contributorId", contributorId);
        Checks.text("ContributionDeposited.contributorName", contributorName);
        Checks.matching("ContributionDeposited.contributorType", contributorType, IATI_ORGANISATION_TYPE,
                "an IATI organisation type code such as 10");
        Checks.required("ContributionDeposited.amount", amount);
        Checks.matching("ContributionDeposited.exchangeRate", exchangeRate, RATE, "a positive decimal string");
        Checks.required("ContributionDeposited.usdValue", usdValue);
        if (!"USD".equals(usdValue.currency())) {
            throw new IllegalArgumentException("ContributionDeposited.usdValue must be in USD, got " + usdValue.currency());
        }
        Checks.required("ContributionDeposited.depositedOn", depositedOn);
        Checks.required("ContributionDeposited.earmarking", earmarking);
    }

    /**
     * What a contribution may be spent on. {@code value} is absent for {@link Kind#UNEARMARKED}, else the
     * thematic area code ({@code TA1}), the GCM objective number as a string ({@code "7"}) or the ISO 3166-1
     * alpha-3 country code.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Earmarking(Kind kind, String value) {

        private static final Pattern THEMATIC_AREA = Pattern.compile("[A-Z][A-Z0-9]{0,7}");
        private static final Pattern OBJECTIVE = Pattern.compile("[1-9]|1[0-9]|2[0-3]");

        public Earmarking {
            Checks.required("Earmarking.kind", kind);
            switch (kind) {
                case UNEARMARKED -> {
                    if (value != null) {
                        throw new IllegalArgumentException("Earmarking.value must be absent when UNEARMARKED");
                    }
                }
                case THEMATIC_AREA -> Checks.matching("Earmarking.value", value, THEMATIC_AREA, "a thematic area code such as TA1");
                case OBJECTIVE -> Checks.matching("Earmarking.value", value, OBJECTIVE, "a GCM objective number, 1 to 23");
                case COUNTRY -> Checks.country("Earmarking.value", value);
            }
        }

        public static Earmarking unearmarked() {
            return new Earmarking(Kind.UNEARMARKED, null);
        }

        /** The kinds of earmarking (DESIGN.md section 3). */
        public enum Kind {
            UNEARMARKED,
            THEMATIC_AREA,
            OBJECTIVE,
            COUNTRY
        }
    }
}
