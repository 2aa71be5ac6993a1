package org.gcm.knowledge.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.reference.M49Area;
import org.gcm.reference.M49Level;
import org.gcm.reference.ReferenceData;

/** Which UN M49 regions a country belongs to, so that a practice tagged with a country is found by its regions. */
@ApplicationScoped
public class Geography {

    private final ReferenceData reference;

    public Geography(ReferenceData reference) {
        this.reference = reference;
    }

    /**
     * The M49 codes of the areas above a country, nearest first, up to (not including) the world: its intermediate
     * region if it has one, its subregion, its region ({@code 014, 202, 002} for KEN).
     */
    public List<String> regionsOf(String iso3) {
        List<String> regions = new ArrayList<>();
        Optional<M49Area> area = reference.country(iso3).flatMap(country -> reference.area(country.parentCode()));
        while (area.isPresent() && area.get().level() != M49Level.WORLD) {
            regions.add(area.get().code());
            area = reference.area(area.get().parentCode());
        }
        return List.copyOf(regions);
    }
}
