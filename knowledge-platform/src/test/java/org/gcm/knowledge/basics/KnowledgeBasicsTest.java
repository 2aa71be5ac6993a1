package org.gcm.knowledge.basics;

import org.gcm.testsupport.ServiceBasicsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KnowledgeBasicsTest extends ServiceBasicsContract {
}
