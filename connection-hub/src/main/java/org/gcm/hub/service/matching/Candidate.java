package org.gcm.hub.service.matching;

import java.util.Set;

import org.gcm.hub.domain.Expertise;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.Verification;
import org.gcm.hub.service.Geography;

/** A partner as the matcher needs it, with its geography and expertise precomputed; immutable. */
public record Candidate(String id, String name, String acronym, boolean unEntity, Verification verification,
        int[] levels, int[] years, Set<String> countries, Set<String> subregions, Set<String> regions,
        Set<String> languages, int capacity, int active, int completed) {

    public static Candidate of(Partner p, Geography geography) {
        int[] levels = new int[24];
        int[] years = new int[24];
        for (Expertise e : p.expertise) {
            levels[e.objective()] = e.level();
            years[e.objective()] = e.years() == null ? 0 : e.years();
        }
        Set<String> countries = Set.copyOf(p.countries);
        Set<String> subregions = Set.copyOf(countries.stream().flatMap(c -> geography.subregion(c).stream()).toList());
        Set<String> regions = Set.copyOf(countries.stream().flatMap(c -> geography.region(c).stream()).toList());
        return new Candidate(p.id, p.name, p.acronym, p.unEntity, p.verification, levels, years, countries, subregions,
                regions, Set.copyOf(p.languages), p.capacity, p.activeEngagements, p.completedEngagements);
    }

    int free() {
        return Math.max(0, capacity - active);
    }
}
