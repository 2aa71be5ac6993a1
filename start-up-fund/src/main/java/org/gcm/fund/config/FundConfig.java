package org.gcm.fund.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The fund's rules and rates ({@code fund.*}): configuration, so that the steering committee can change them without a release. */
@ConfigMapping(prefix = "fund")
public interface FundConfig {

    Fees fees();

    Screening screening();

    @WithName("demo-data")
    DemoData demoData();

    interface Fees {
        /** Share of every deposit charged as the administrative agent's fee, e.g. 0.01. */
        @WithName("administrative-agent-rate")
        @WithDefault("0.01")
        BigDecimal administrativeAgentRate();

        /** Indirect cost charged on top of a grant's transfers, reserved at approval, e.g. 0.07. */
        @WithName("indirect-cost-rate")
        @WithDefault("0.07")
        BigDecimal indirectCostRate();
    }

    interface Screening {
        /** Largest seed grant, in US dollars. */
        @WithDefault("300000.00")
        BigDecimal ceiling();

        /** Longest project duration, in months. */
        @WithName("maximum-duration-months")
        @WithDefault("24")
        int maximumDurationMonths();

        /** Fewest implementing organisations (joint implementation). */
        @WithName("minimum-implementing-organisations")
        @WithDefault("2")
        int minimumImplementingOrganisations();

        /** Whether co-funding must be declared. */
        @WithName("co-funding-required")
        @WithDefault("true")
        boolean coFundingRequired();

        /** Whether the gender and human-rights markers must be set. */
        @WithName("markers-required")
        @WithDefault("true")
        boolean markersRequired();
    }

    interface DemoData {
        @WithDefault("false")
        boolean enabled();
    }
}
