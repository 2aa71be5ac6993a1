package org.gcm.hub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.gcm.hub.config.HubConfig;
import org.gcm.hub.service.PartnerInput;
import org.gcm.hub.service.PartnerService;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * The demo partner registry (src/main/resources/demo/partners.json): the UN Network on Migration's member
 * entities and some non-UN organisations, loaded through the service layer at start-up when
 * {@code hub.demo-data.enabled=true} and the registry is empty; every record is marked demo.
 */
@ApplicationScoped
public class DemoRegistry {

    private static final Logger LOG = Logger.getLogger(DemoRegistry.class);
    static final String FILE = "demo/partners.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoFile(List<DemoPartner> partners) {
    }

    record DemoPartner(String id, boolean verified, int activeEngagements, int completedEngagements,
            PartnerInput profile) {
    }

    private final HubConfig config;
    private final PartnerService partners;
    private final ObjectMapper json;

    public DemoRegistry(HubConfig config, PartnerService partners, ObjectMapper json) {
        this.config = config;
        this.partners = partners;
        this.json = json;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    /** Loads the demo registry if the registry is empty, all or nothing; returns how many partners it added. */
    @Transactional
    public int load() {
        if (!partners.registryIsEmpty()) {
            LOG.info("Demo registry not loaded: the partner registry is not empty");
            return 0;
        }
        List<DemoPartner> demo = read().partners();
        for (DemoPartner entry : demo) {
            partners.registerDemo(entry.id(), entry.profile(), entry.verified(), entry.activeEngagements(),
                    entry.completedEngagements());
        }
        LOG.infof("Demo registry loaded: %d partners marked as demo data", demo.size());
        return demo.size();
    }

    private DemoFile read() {
        try (InputStream in = DemoRegistry.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return json.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
