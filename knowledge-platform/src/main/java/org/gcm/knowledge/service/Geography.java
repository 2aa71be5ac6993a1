package org.gcm.knowledge.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.knowledge.domain.M49Area;
import org.gcm.knowledge.repository.ReferenceDataRepository;

/** The M49 hierarchy in memory: which regions a country belongs to. */
@ApplicationScoped
public class Geography {

    private final ReferenceDataRepository reference;
    private volatile Map<String, M49Area> byCode;
    private volatile Map<String, M49Area> byIso3;

    public Geography(ReferenceDataRepository reference) {
        this.reference = reference;
    }

    /** The M49 codes of the region, subregion and intermediate region of a country (not the world). */
    public List<String> regionsOf(String iso3) {
        load();
        Set<String> regions = new LinkedHashSet<>();
        M49Area area = byIso3.get(iso3);
        while (area != null && area.parentCode != null) {
            M49Area parent = byCode.get(area.parentCode);
            if (parent == null || "WORLD".equals(parent.level)) {
                break;
            }
            regions.add(parent.code);
            area = parent;
        }
        return List.copyOf(regions);
    }

    public M49Area area(String code) {
        load();
        return byCode.get(code);
    }

    private void load() {
        if (byCode == null) {
            List<M49Area> areas = reference.areas();
            byIso3 = areas.stream().filter(a -> a.iso3 != null).collect(Collectors.toMap(a -> a.iso3, Function.identity()));
            byCode = areas.stream().collect(Collectors.toMap(a -> a.code, Function.identity()));
        }
    }
}
