package org.gcm.hub.service.matching;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.hub.domain.Expertise;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.Verification;
import org.gcm.hub.repository.PartnerRepository;
import org.gcm.hub.service.PartnerChanged;

/**
 * Generates a large synthetic registry for measuring the ranking (no endpoint calls it): {@code count} partners
 * {@code PRT-GEN-00001...}, marked demo, with 1 to 6 objectives of expertise, 1 to 30 countries, 1 to 4 languages,
 * capacity 0 to 20; 90% verified. The same seed gives the same registry.
 */
@ApplicationScoped
public class PartnerGenerator {

    private static final String[] LANGUAGES = { "en", "fr", "es", "ar", "ru", "zh", "pt", "sw", "hi", "tr" };
    private static final String[] TYPES = { "21", "22", "23", "40", "60", "70", "80", "90" };

    @Inject
    PartnerRepository partners;

    @Inject
    Event<PartnerChanged> changed;

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
