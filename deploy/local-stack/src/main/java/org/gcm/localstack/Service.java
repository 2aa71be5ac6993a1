package org.gcm.localstack;

/** The four Quarkus applications of the stack, in start order: the three domain services, then the gateway. */
enum Service {

    HUB("connection-hub", "connection_hub", "hub"),
    FUND("start-up-fund", "start_up_fund", "fund"),
    KNOWLEDGE("knowledge-platform", "knowledge_platform", "knowledge"),
    GATEWAY("gateway", null, null);

    private final String module;
    private final String database;
    private final String route;

    Service(String module, String database, String route) {
        this.module = module;
        this.database = database;
        this.route = route;
    }

    /** The Maven module directory, also the application's name, its log file's name and its process label. */
    String module() {
        return module;
    }

    /**
     * The service's own database; by the convention of the services' application.properties its role and password
     * carry the same name. {@code null} for the gateway, which has none.
     */
    String database() {
        return database;
    }

    /** The gateway's route name ({@code gateway.routes.<route>.*}); {@code null} for the gateway itself. */
    String route() {
        return route;
    }

    /** The public prefix at the gateway, e.g. {@code /api/hub}. */
    String gatewayPrefix() {
        return "/api/" + route;
    }

    boolean isGateway() {
        return this == GATEWAY;
    }
}
