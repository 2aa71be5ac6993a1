package org.gcm.fund.basics;

import org.gcm.testsupport.BearerTokenContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FundTokenTest extends BearerTokenContract {

    @Override
    protected String signedInPath() {
        return "/me";
    }

    @Override
    protected String audience() {
        return "start-up-fund";
    }
}
