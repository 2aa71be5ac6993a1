package org.gcm.knowledge.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.gcm.knowledge.service.ContentRules;
import org.gcm.knowledge.service.PracticeContent;
import org.gcm.knowledge.support.Practices;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The demo catalogue is valid, trilingual, and loads only into an empty repository. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Inject
    ContentRules rules;

    @Test
    void everyDemoPracticeMeetsTheContentRules() {
        List<PracticeContent> catalogue = demo.catalogue();
        assertTrue(catalogue.size() >= 24, "a few dozen practices");
        catalogue.forEach(c -> assertEquals(List.of(), rules.check(c), c.title().toString()));
        Set<String> languages = catalogue.stream().map(PracticeContent::originalLanguage).collect(Collectors.toSet());
        assertEquals(Set.of("en", "fr", "es"), languages);
        assertTrue(catalogue.stream().anyMatch(c -> c.forum() != null), "some review inputs");
    }

    @Test
    void loadsNothingWhenPracticesExist() {
        Practices.create(Practices.user("demo-check"), Practices.content("en", "Existing", "Exists.", 1));
        assertEquals(0, demo.load());
    }
}
