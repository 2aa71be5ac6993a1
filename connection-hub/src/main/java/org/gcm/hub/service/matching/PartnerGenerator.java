package org.gcm.hub.service.matching;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.gcm.hub.config.HubConfig;
import org.gcm.hub.domain.Expertise;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.Verification;
import org.gcm.hub.repository.PartnerRepository;
import org.gcm.hub.service.PartnerChanged;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Generates a large synthetic registry for measuring the ranking (no endpoint calls it): {@code count} partners
 * {@code PRT-GEN-00001...}, marked demo, with 1 to 6 objectives of expertise, 1 to 30 countries, 1 to 4 languages,
 * capacity 0 to 20; 90% verified. The same seed gives the same registry. With
 * {@code hub.demo-data.synthetic-partners} set, it fills the registry once in the background after start-up.
 */
@ApplicationScoped
public class PartnerGenerator {

    private static final Logger LOG = Logger.getLogger(PartnerGenerator.class);
    private static final long SEED = 43;

    private static final String[] LANGUAGES = { "en", "fr", "es", "ar", "ru", "zh", "pt", "sw", "hi", "tr" };
    private static final String[] TYPES = { "21", "22", "23", "40", "60", "70", "80", "90" };

    @Inject
    PartnerRepository partners;

    @Inject
    Event<PartnerChanged> changed;

    @Inject
    HubConfig config;

    /** After the demo registry (default priority): that one loads only into an empty registry. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent start) {
        int wanted = config.demoData().syntheticPartners();
        if (wanted <= 0) {
            return;
        }
        // In the background: readiness must not wait for thousands of inserts; progress goes to the log.
        Thread generation = new Thread(() -> generateOnce(wanted), "synthetic-partners");
        generation.setDaemon(true);
        generation.start();
    }

    private void generateOnce(int wanted) {
        if (QuarkusTransaction.requiringNew().call(() -> partners.count("id like 'PRT-GEN-%'")) > 0) {
            LOG.info("Synthetic partners not generated: generated partners exist already");
            return;
        }
        LOG.infof("Synthetic partners: generating %d (PRT-GEN-*, marked demo)", wanted);
        long started = System.nanoTime();
        try {
            generate(wanted, SEED);
            LOG.infof("Synthetic partners: %d generated in %d ms", wanted, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Synthetic partners: generation failed; nothing was added", e);
        }
    }

    @Transactional
    public int generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> countries = new ArrayList<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        countries.remove("ATA");
        countries.sort(null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 1; i <= count; i++) {
            Partner p = new Partner();
            p.id = String.format("PRT-GEN-%05d", i);
            p.name = "Generated partner " + i;
            p.acronym = "GEN" + i;
            p.unEntity = random.nextInt(10) == 0;
            p.organisationType = Integer.parseInt(TYPES[random.nextInt(TYPES.length)]);
            List<Expertise> expertise = new ArrayList<>();
            for (int objective : pick(random, 1 + random.nextInt(6), 23)) {
                expertise.add(new Expertise(objective, 1 + random.nextInt(5), random.nextInt(30)));
            }
            p.expertise = expertise;
            p.countries = pick(random, 1 + random.nextInt(30), countries.size()).stream()
                    .map(n -> countries.get(n - 1)).sorted().toList();
            p.languages = pick(random, 1 + random.nextInt(4), LANGUAGES.length).stream()
                    .map(n -> LANGUAGES[n - 1]).toList();
            p.capacity = random.nextInt(21);
            p.activeEngagements = p.capacity == 0 ? 0 : random.nextInt(p.capacity + 1);
            p.completedEngagements = random.nextInt(15);
            p.verification = random.nextInt(10) == 0 ? Verification.UNVERIFIED : Verification.VERIFIED;
            p.demo = true;
            p.createdAt = now;
            p.updatedAt = now;
            partners.persist(p);
            if (i % 500 == 0) {
                partners.flush();
                partners.getEntityManager().clear();
            }
        }
        changed.fire(new PartnerChanged(null));
        return count;
    }

    /** {@code n} distinct numbers from 1 to {@code max}, in order. */
    private static TreeSet<Integer> pick(Random random, int n, int max) {
        TreeSet<Integer> picked = new TreeSet<>();
        while (picked.size() < Math.min(n, max)) {
            picked.add(1 + random.nextInt(max));
        }
        return picked;
    }
}
