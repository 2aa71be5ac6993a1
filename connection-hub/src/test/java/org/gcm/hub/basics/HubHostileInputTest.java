package org.gcm.hub.basics;

import org.gcm.testsupport.api.SuiteResources;
import org.gcm.testsupport.hostile.HostileInputSuite;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI-driven negative suite over every operation of the hub (deploy/test-support, hostile). */
@QuarkusTest
class HubHostileInputTest extends HostileInputSuite {

    @Override
    protected String database() {
        return "connection_hub";
    }

    @Override
    protected SuiteResources resources() {
        return HubSuiteResources.get();
    }
}
