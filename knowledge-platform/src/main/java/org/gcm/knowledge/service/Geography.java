package org.gcm.knowledge.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.reference.M49Area;
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
        return reference.areasAbove(iso3).stream().map(M49Area::code).toList();
    }
}
