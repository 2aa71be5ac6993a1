package org.gcm.hub.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.reference.M49Area;
import org.gcm.reference.ReferenceData;

/**
 * Where a country sits in UN M49, as matching and similar initiatives compare places: the same sub-region counts
 * more than the same region. Plain code over reference-data, so the ranking rules are testable without a
 * container ({@code new Geography(ReferenceData.load())}).
 */
@ApplicationScoped
public class Geography {

    private final ReferenceData reference;

    public Geography(ReferenceData reference) {
        this.reference = reference;
    }

    /**
     * The M49 area directly above the country: its intermediate region where it has one (014 Eastern Africa for
     * KEN, 013 Central America for MEX), else its subregion (021 Northern America for USA). The hub compares
     * neighbours at this level, the closest grouping M49 has; reference-data's {@code subregion} is one level up
     * (202 Sub-Saharan Africa for KEN). Empty for an unknown code and for Antarctica, whose parent is the world.
     */
    public Optional<String> subregion(String iso3) {
        return reference.areasAbove(iso3).stream().findFirst().map(M49Area::code);
    }

    /** The M49 region of the country (002 Africa for KEN), if it has one. */
    public Optional<String> region(String iso3) {
        return reference.region(iso3).map(M49Area::code);
    }

    /** The M49 name of an area ("Eastern Africa" for 014), for the reasons shown to people; the code if unknown. */
    public String name(String m49Code) {
        return reference.area(m49Code).map(M49Area::name).orElse(m49Code);
    }
}
