package org.gcm.hub.service.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.gcm.hub.config.HubConfig;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.repository.PartnerRepository;
import org.gcm.hub.service.Geography;
import org.gcm.hub.service.PartnerChanged;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An in-memory snapshot of the registry for ranking. It is read whole once; a partner changed by this instance is
 * read again (alone) before the next ranking, so rankings always see this instance's committed changes; and the
 * whole registry is read again in the background every {@code hub.matching.snapshot-ttl}, for changes made by
 * other instances.
 */
@ApplicationScoped
public class PartnerDirectory {

    private static final Logger LOG = Logger.getLogger(PartnerDirectory.class);

    private record Snapshot(CandidateIndex index, Map<String, Candidate> byId, Instant readAt) {
    }

    private final PartnerRepository partners;
    private final Geography geography;
    private final HubConfig config;

    private volatile Snapshot snapshot;
    private volatile boolean whole = true;
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public PartnerDirectory(PartnerRepository partners, Geography geography, HubConfig config) {
        this.partners = partners;
        this.geography = geography;
        this.config = config;
    }

    public CandidateIndex candidates() {
        Snapshot current = snapshot;
        if (whole || current == null) {
            return readAll().index();
        }
        if (!changed.isEmpty()) {
            return readChanged().index();
        }
        if (current.readAt().plus(config.matching().snapshotTtl()).isBefore(Instant.now())
                && refreshing.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                try {
                    readAll();
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return current.index();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnerChanged change) {
        changed.add(change.partnerId());
    }

    private synchronized Snapshot readAll() {
        whole = false;
        changed.clear();
        Instant readAt = Instant.now();
        long start = System.nanoTime();
        Map<String, Candidate> byId = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Candidate> all = new HashMap<>();
            partners.streamAll().forEach(p -> all.put(p.id, Candidate.of(p, geography)));
            return all;
        });
        snapshot = new Snapshot(CandidateIndex.of(List.copyOf(byId.values())), byId, readAt);
        LOG.debugf("Matching snapshot: %d partners read in %d ms", byId.size(), (System.nanoTime() - start) / 1_000_000);
        return snapshot;
    }

    private synchronized Snapshot readChanged() {
        Snapshot current = snapshot;
        List<String> ids = new ArrayList<>(changed);
        if (ids.isEmpty()) {
            return current;
        }
        changed.removeAll(ids);
        Map<String, Candidate> byId = new HashMap<>(current.byId());
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> {
            Partner partner = partners.findById(id);
            if (partner == null) {
                byId.remove(id);
            } else {
                byId.put(id, Candidate.of(partner, geography));
            }
        }));
        snapshot = new Snapshot(CandidateIndex.of(List.copyOf(byId.values())), byId, current.readAt());
        return snapshot;
    }
}
