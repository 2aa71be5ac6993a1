package org.gcm.hub.basics;

import org.gcm.testsupport.ServiceBasicsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HubBasicsTest extends ServiceBasicsContract {
}
