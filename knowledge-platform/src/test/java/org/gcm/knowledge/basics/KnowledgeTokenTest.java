package org.gcm.knowledge.basics;

import org.gcm.testsupport.BearerTokenContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KnowledgeTokenTest extends BearerTokenContract {

    @Override
    protected String signedInPath() {
        return "/me";
    }

    @Override
    protected String audience() {
        return "knowledge-platform";
    }
}
