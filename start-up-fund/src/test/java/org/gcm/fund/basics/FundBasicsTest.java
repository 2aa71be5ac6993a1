package org.gcm.fund.basics;

import org.gcm.testsupport.ServiceBasicsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FundBasicsTest extends ServiceBasicsContract {
}
