package org.gcm.hub.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The hub's settings ({@code hub.*}); every key can be set as an environment variable. */
@ConfigMapping(prefix = "hub")
public interface HubConfig {

    ServiceLevel serviceLevel();

    Assessment assessment();

    Matching matching();

    Similarity similarity();

    Funding funding();

    DemoData demoData();

    interface ServiceLevel {
        /** Days within which a submitted request must be acknowledged (its assessment started). */
        @WithDefault("10")
        int acknowledgeWithinDays();
    }

    interface Assessment {
        /** The criteria every assessment scores, each from 1 to {@link #maxScore()}. */
        @WithDefault("relevance,national-ownership,feasibility,sustainability")
        List<String> criteria();

        @WithDefault("5")
        int maxScore();
    }

    interface Matching {
        /** Default factor weights; a caller may override each per query. */
        Weights weights();

        /** Completed engagements at which the track-record factor reaches 1. */
        @WithDefault("10")
        int trackRecordSaturation();

        /** How long the in-memory snapshot of the registry may be reused before it is read again. */
        @WithDefault("30s")
        Duration snapshotTtl();
    }

    interface Weights {
        @WithDefault("0.35")
        double objectives();

        @WithDefault("0.2")
        double country();

        @WithDefault("0.1")
        double region();

        @WithDefault("0.1")
        double language();

        @WithDefault("0.15")
        double capacity();

        @WithDefault("0.1")
        double trackRecord();
    }

    interface Similarity {
        @WithDefault("0.5")
        double objectives();

        @WithDefault("0.25")
        double geography();

        @WithDefault("0.25")
        double text();

        /** Candidates scoring below this are not shown. */
        @WithDefault("0.1")
        double minimumScore();
    }

    interface Funding {
        /**
         * How long the fund may take to answer a funding request (its first event: pipelined, approved or
         * rejected); a request left in FUNDING_REQUESTED longer is shown to the secretariat, in case the event died.
         */
        @WithDefault("P3D")
        Duration answerExpectedWithin();
    }

    interface DemoData {
        /** Load the demo partner registry at start-up when the registry is empty. */
        @WithDefault("false")
        boolean enabled();
    }
}
