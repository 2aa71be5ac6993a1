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

    Iati iati();

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

    /** What the IATI 2.03 export says about its publisher ({@code fund.iati.*}); see the README, "IATI export". */
    interface Iati {
        /**
         * The secretariat's IATI organisation identifier, the prefix of every activity identifier. The default is a
         * placeholder ("XX" is no registration agency of org-id.guide): set the registered identifier before
         * publishing to the IATI Registry.
         */
        @WithName("reporting-org-ref")
        @WithDefault("XX-GCM-SUF")
        String reportingOrgRef();

        /** IATI organisation type of the secretariat (40 multilateral). */
        @WithName("reporting-org-type")
        @WithDefault("40")
        String reportingOrgType();

        @WithName("reporting-org-name")
        @WithDefault("Secretariat of the start-up fund for safe, orderly and regular migration")
        String reportingOrgName();

        @WithName("fund-title")
        @WithDefault("Start-up fund for safe, orderly and regular migration (capacity-building mechanism, A/RES/73/195 para. 43(b))")
        String fundTitle();

        @WithName("fund-description")
        @WithDefault("Pooled fund receiving voluntary contributions and awarding seed grants to joint projects that implement the objectives of the Global Compact for Safe, Orderly and Regular Migration.")
        String fundDescription();

        /**
         * The knowledge platform's public base, whose {@code /vocabularies/objectives} is the SKOS concept scheme the
         * grants' objective tags point to (the knowledge platform's {@code knowledge.public-base-url}).
         */
        @WithName("knowledge-base-url")
        @WithDefault("http://127.0.0.1:8080/api/knowledge")
        String knowledgeBaseUrl();
    }
}
