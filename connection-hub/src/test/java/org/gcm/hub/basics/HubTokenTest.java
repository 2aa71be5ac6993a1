package org.gcm.hub.basics;

import org.gcm.testsupport.BearerTokenContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HubTokenTest extends BearerTokenContract {

    @Override
    protected String signedInPath() {
        return "/me";
    }

    @Override
    protected String audience() {
        return "connection-hub";
    }
}
