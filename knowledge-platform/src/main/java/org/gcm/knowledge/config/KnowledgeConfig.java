package org.gcm.knowledge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The knowledge platform's own settings ({@code knowledge.*}). */
@ConfigMapping(prefix = "knowledge")
public interface KnowledgeConfig {

    DemoData demoData();

    /**
     * The public address of this API as integrators reach it (through the gateway): the base of the stable URIs of
     * the SKOS vocabularies, the DCAT catalogue and the Atom feed.
     */
    @WithDefault("http://127.0.0.1:8080/api/knowledge")
    String publicBaseUrl();

    Feed feed();

    Imports imports();

    interface DemoData {
        /** Load the demo catalogue at start-up when no practice exists yet. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Imports {
        /** A pause after each row (milliseconds); only tests use it, to watch progress. */
        @WithDefault("0")
        long pausePerRowMs();
    }

    interface Feed {
        /** How many of the newest published items the Atom feed lists. */
        @WithDefault("50")
        int size();
    }
}
