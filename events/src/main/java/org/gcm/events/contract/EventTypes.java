package org.gcm.events.contract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gcm.events.contract.payload.ContributionDeposited;
import org.gcm.events.contract.payload.ContributionStatusChanged;
import org.gcm.events.contract.payload.EngagementStatusChanged;
import org.gcm.events.contract.payload.FundingRequested;
import org.gcm.events.contract.payload.GrantApproved;
import org.gcm.events.contract.payload.GrantPipelined;
import org.gcm.events.contract.payload.GrantRejected;
import org.gcm.events.contract.payload.GrantStatusChanged;
import org.gcm.events.contract.payload.PracticePublished;
import org.gcm.events.contract.payload.PracticeStatusChanged;
import org.gcm.events.contract.payload.RequestCompleted;
import org.gcm.events.contract.payload.RequestStatusChanged;
import org.gcm.events.contract.payload.TrancheDisbursed;

/**
 * The CloudEvents {@code type} of every event the services exchange (DESIGN.md section 4), reverse-DNS
 * {@code org.gcm.<service>.<WhatHappened>}, and in {@link #ALL} what goes with each type: its topic, its
 * publisher, its consumers, its payload record (package {@code org.gcm.events.contract.payload}) and its JSON
 * Schema ({@code META-INF/events/schemas/<Name>.json}). The services' AsyncAPI documents
 * ({@code <service>/src/main/resources/META-INF/resources/asyncapi.yaml}) say the same; EventContractsTest
 * keeps the three in step.
 * <p>
 * Publish with {@code outbox.append(requestId, payload)}: the payload's record names its type and topic here;
 * consume with {@code event.dataAs(FundingRequested.class)} after checking {@code event.type()}.
 */
public final class EventTypes {

    /** The connection hub's application name: its CloudEvents source {@code /connection-hub}, its consumer group. */
    public static final String CONNECTION_HUB = "connection-hub";
    /** The start-up fund's application name. */
    public static final String START_UP_FUND = "start-up-fund";
    /** The knowledge platform's application name. */
    public static final String KNOWLEDGE_PLATFORM = "knowledge-platform";

    /** Hub: a request asks the fund for a seed grant. Payload {@link FundingRequested}. */
    public static final String FUNDING_REQUESTED = "org.gcm.hub.FundingRequested";
    /** Hub: a request's project is completed. Payload {@link RequestCompleted}. */
    public static final String REQUEST_COMPLETED = "org.gcm.hub.RequestCompleted";
    /** Hub: a request was created or changed state. Payload {@link RequestStatusChanged}. */
    public static final String REQUEST_STATUS_CHANGED = "org.gcm.hub.RequestStatusChanged";
    /** Hub: an engagement was offered to a partner or changed state. Payload {@link EngagementStatusChanged}. */
    public static final String ENGAGEMENT_STATUS_CHANGED = "org.gcm.hub.EngagementStatusChanged";

    /** Fund: a grant is approved and its money reserved. Payload {@link GrantApproved}. */
    public static final String GRANT_APPROVED = "org.gcm.fund.GrantApproved";
    /** Fund: a grant is approved but waits for funds. Payload {@link GrantPipelined}. */
    public static final String GRANT_PIPELINED = "org.gcm.fund.GrantPipelined";
    /** Fund: a grant application is rejected. Payload {@link GrantRejected}. */
    public static final String GRANT_REJECTED = "org.gcm.fund.GrantRejected";
    /** Fund: a tranche of a grant is paid out. Payload {@link TrancheDisbursed}. */
    public static final String TRANCHE_DISBURSED = "org.gcm.fund.TrancheDisbursed";
    /** Fund: cash from a contributor is received. Payload {@link ContributionDeposited}. */
    public static final String CONTRIBUTION_DEPOSITED = "org.gcm.fund.ContributionDeposited";
    /** Fund: a grant application was opened or changed state. Payload {@link GrantStatusChanged}. */
    public static final String GRANT_STATUS_CHANGED = "org.gcm.fund.GrantStatusChanged";
    /** Fund: a contribution was pledged or changed state. Payload {@link ContributionStatusChanged}. */
    public static final String CONTRIBUTION_STATUS_CHANGED = "org.gcm.fund.ContributionStatusChanged";

    /** Knowledge: a practice is published (or republished). Payload {@link PracticePublished}. */
    public static final String PRACTICE_PUBLISHED = "org.gcm.knowledge.PracticePublished";
    /** Knowledge: a practice was created or changed state. Payload {@link PracticeStatusChanged}. */
    public static final String PRACTICE_STATUS_CHANGED = "org.gcm.knowledge.PracticeStatusChanged";

    /** Where the JSON Schemas of the payloads are, on the classpath of every service. */
    public static final String SCHEMA_FOLDER = "META-INF/events/schemas/";

    /**
     * One event type and everything that goes with it.
     *
     * @param type the CloudEvents {@code type}
     * @param topic the Kafka topic it is published on (record key = {@code subject} = the aggregate id)
     * @param publisher the application that publishes it, through its outbox
     * @param consumers the applications that act on it (each with its own consumer group of that name)
     * @param payload the record of its {@code data}
     */
    public record Definition(String type, String topic, String publisher, Set<String> consumers,
            Class<? extends Record> payload) {

        /** The last segment of the type, e.g. {@code FundingRequested}; also the schema's file name. */
        public String name() {
            return type.substring(type.lastIndexOf('.') + 1);
        }

        /** The classpath resource of the payload's JSON Schema (draft 2020-12). */
        public String schemaResource() {
            return SCHEMA_FOLDER + name() + ".json";
        }
    }

    /** Every event type, grouped by topic. */
    public static final List<Definition> ALL = List.of(
            new Definition(FUNDING_REQUESTED, Topics.HUB_REQUESTS, CONNECTION_HUB, Set.of(START_UP_FUND),
                    FundingRequested.class),
            new Definition(REQUEST_COMPLETED, Topics.HUB_REQUESTS, CONNECTION_HUB, Set.of(KNOWLEDGE_PLATFORM),
                    RequestCompleted.class),
            new Definition(REQUEST_STATUS_CHANGED, Topics.HUB_REQUESTS, CONNECTION_HUB, Set.of(),
                    RequestStatusChanged.class),
            new Definition(ENGAGEMENT_STATUS_CHANGED, Topics.HUB_REQUESTS, CONNECTION_HUB, Set.of(),
                    EngagementStatusChanged.class),
            new Definition(GRANT_APPROVED, Topics.FUND_GRANTS, START_UP_FUND, Set.of(CONNECTION_HUB),
                    GrantApproved.class),
            new Definition(GRANT_PIPELINED, Topics.FUND_GRANTS, START_UP_FUND, Set.of(CONNECTION_HUB),
                    GrantPipelined.class),
            new Definition(GRANT_REJECTED, Topics.FUND_GRANTS, START_UP_FUND, Set.of(CONNECTION_HUB),
                    GrantRejected.class),
            new Definition(TRANCHE_DISBURSED, Topics.FUND_GRANTS, START_UP_FUND, Set.of(CONNECTION_HUB),
                    TrancheDisbursed.class),
            new Definition(GRANT_STATUS_CHANGED, Topics.FUND_GRANTS, START_UP_FUND, Set.of(),
                    GrantStatusChanged.class),
            new Definition(CONTRIBUTION_DEPOSITED, Topics.FUND_CONTRIBUTIONS, START_UP_FUND, Set.of(),
                    ContributionDeposited.class),
            new Definition(CONTRIBUTION_STATUS_CHANGED, Topics.FUND_CONTRIBUTIONS, START_UP_FUND, Set.of(),
                    ContributionStatusChanged.class),
            new Definition(PRACTICE_PUBLISHED, Topics.KNOWLEDGE_PRACTICES, KNOWLEDGE_PLATFORM, Set.of(CONNECTION_HUB),
                    PracticePublished.class),
            new Definition(PRACTICE_STATUS_CHANGED, Topics.KNOWLEDGE_PRACTICES, KNOWLEDGE_PLATFORM, Set.of(),
                    PracticeStatusChanged.class));

    private EventTypes() {
    }

    /**
     * The contract a payload record declares with {@link EventContract}. A record without one is a programming
     * error, refused at once rather than published under a made-up type.
     */
    public static EventContract contractOf(Class<? extends Record> payload) {
        EventContract contract = payload.getAnnotation(EventContract.class);
        if (contract == null) {
            throw new IllegalArgumentException(payload.getName() + " declares no @EventContract; it is not an event payload");
        }
        return contract;
    }

    /** The definition of {@code type}, if it is one of ours; a consumer skips types it does not know. */
    public static Optional<Definition> definition(String type) {
        return ALL.stream().filter(definition -> definition.type().equals(type)).findFirst();
    }
}
