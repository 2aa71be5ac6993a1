package org.gcm.knowledge.basics;

import java.util.Set;

import org.gcm.testsupport.api.SuiteResources;
import org.gcm.testsupport.hostile.HostileInputSuite;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI-driven negative suite over every operation of the knowledge platform (deploy/test-support, hostile). */
@QuarkusTest
class KnowledgeHostileInputTest extends HostileInputSuite {

    @Override
    protected String database() {
        return "knowledge_platform";
    }

    @Override
    protected SuiteResources resources() {
        return KnowledgeSuiteResources.get();
    }

    /** Imports run in the background and report their progress in their own rows. */
    @Override
    protected Set<String> backgroundTables() {
        return Set.of("practice_import");
    }
}
