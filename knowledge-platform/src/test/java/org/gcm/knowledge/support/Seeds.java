package org.gcm.knowledge.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.service.DirectPublication;
import org.gcm.knowledge.service.PracticeContent;
import org.gcm.lifecycle.Actor;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Publishes practices straight through the service layer, for tests that need a catalogue rather than a review. */
public final class Seeds {

    private Seeds() {
    }

    /** A word no stemmer changes and no other test uses: tags one test's catalogue so its totals are exact. */
    public static String marker() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append("bcdfghjkmnpvwxz".charAt(ThreadLocalRandom.current().nextInt(15)));
        }
        return word.toString();
    }

    public static PracticeContent practice(Kind kind, String language, String title, String summary, String body,
            List<Integer> objectives, List<String> countries) {
        return new PracticeContent(kind, language, Map.of(language, title), Map.of(language, summary), body, objectives,
                List.of("human-rights"), countries, List.of(), List.of("Ministry"), List.of(), null, null, null, null,
                List.of(), null, "CC-BY-4.0", null, null, null);
    }

    public static List<String> publish(DirectPublication publication, List<PracticeContent> contents) {
        List<String> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> contents.forEach(c -> ids.add(publication
                .publishNew(c, new DirectPublication.Origin(Actor.system("test-seed"), "seeded by a test", false, null, null, null))
                .id.toString())));
        return ids;
    }
}
