package org.gcm.events.outbox;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** No scheduled relay run: the test alone decides who claims outbox rows. */
public class RelayPaused implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.scheduler.enabled", "false");
    }
}
