package org.gcm.events.contract;

/**
 * The Kafka topics that link the services: one per aggregate (DESIGN.md section 4). Record key = the
 * aggregate's id, value = a CloudEvents 1.0 JSON envelope.
 */
public final class Topics {

    /** Country requests of the connection hub. */
    public static final String HUB_REQUESTS = "hub.requests";
    /** Seed-grant applications of the start-up fund. */
    public static final String FUND_GRANTS = "fund.grants";
    /** Contributions to the start-up fund. */
    public static final String FUND_CONTRIBUTIONS = "fund.contributions";
    /** Practices of the knowledge platform. */
    public static final String KNOWLEDGE_PRACTICES = "knowledge.practices";

    private Topics() {
    }

    /** Where a consuming service puts the messages it cannot process, with the reason in the headers. */
    public static String deadLetters(String consumingService) {
        return consumingService + ".dead-letters";
    }
}
