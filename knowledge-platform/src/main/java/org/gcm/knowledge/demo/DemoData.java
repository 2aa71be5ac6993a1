package org.gcm.knowledge.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.gcm.knowledge.config.KnowledgeConfig;
import org.gcm.knowledge.service.ContentRules;
import org.gcm.knowledge.service.DirectPublication;
import org.gcm.knowledge.service.PracticeContent;
import org.gcm.lifecycle.Actor;
import org.gcm.refusals.FieldError;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * The demo catalogue ({@code knowledge.demo-data.enabled=true}): published practices in English, French and
 * Spanish from {@code demo/practices.json}, loaded through the service layer at start-up when no practice exists
 * yet, each marked {@code demo}.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String FILE = "demo/practices.json";
    private static final DirectPublication.Origin ORIGIN = new DirectPublication.Origin(Actor.system("demo-data"),
            "demo data", true, null, null, null);

    private final KnowledgeConfig config;
    private final DirectPublication publication;
    private final ContentRules rules;
    private final ObjectMapper json;

    public DemoData(KnowledgeConfig config, DirectPublication publication, ContentRules rules, ObjectMapper json) {
        this.config = config;
        this.publication = publication;
        this.rules = rules;
        this.json = json;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    /** Loads the demo catalogue if no practice exists; answers how many were loaded. */
    public int load() {
        List<PracticeContent> catalogue = catalogue();
        for (PracticeContent content : catalogue) {
            List<FieldError> errors = rules.check(content);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("Demo practice '" + content.title() + "' is invalid: " + errors);
            }
        }
        int loaded = publication.publishIntoEmpty(catalogue, ORIGIN);
        if (loaded == 0) {
            LOG.info("Demo data not loaded: practices exist already");
        } else {
            LOG.infof("Demo data loaded: %d published practices", loaded);
        }
        return loaded;
    }

    public List<PracticeContent> catalogue() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            return json.readValue(in, new TypeReference<List<PracticeContent>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + FILE, e);
        }
    }
}
