package org.gcm.fund.basics;

import org.gcm.testsupport.api.SuiteResources;
import org.gcm.testsupport.hostile.HostileInputSuite;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI-driven negative suite over every operation of the fund (deploy/test-support, hostile). */
@QuarkusTest
class FundHostileInputTest extends HostileInputSuite {

    @Override
    protected String database() {
        return "start_up_fund";
    }

    @Override
    protected SuiteResources resources() {
        return FundSuiteResources.get();
    }
}
