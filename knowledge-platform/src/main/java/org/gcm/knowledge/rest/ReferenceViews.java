package org.gcm.knowledge.rest;

import java.util.List;
import java.util.Optional;

import org.gcm.knowledge.domain.UnLanguage;
import org.gcm.reference.GuidingPrinciple;
import org.gcm.reference.M49Area;
import org.gcm.reference.M49Level;
import org.gcm.reference.Objective;
import org.gcm.reference.ReferenceData;
import org.gcm.reference.ThematicArea;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the API shows of the reference lists. */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    public record ObjectiveView(int number, String shortLabel, String title) {
        public static ObjectiveView of(Objective o) {
            return new ObjectiveView(o.number(), o.shortLabel(), o.title());
        }
    }

    public record PrincipleView(String code, String label) {
        public static PrincipleView of(GuidingPrinciple p) {
            return new PrincipleView(p.code(), p.label());
        }
    }

    public record ThematicAreaView(String code, String title, List<Integer> objectives) {
        public static ThematicAreaView of(ThematicArea t) {
            return new ThematicAreaView(t.code(), t.title(), t.objectives().stream().sorted().toList());
        }
    }

    /** A UN M49 area in a country's hierarchy. */
    public record AreaRef(String code, String name) {
        static AreaRef of(Optional<M49Area> area) {
            return area.map(a -> new AreaRef(a.code(), a.name())).orElse(null);
        }
    }

    /** A country or area with its UN M49 code and the areas above it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CountryView(String code, String m49, String name, AreaRef region, AreaRef subregion,
            AreaRef intermediateRegion) {

        public static CountryView of(M49Area country, ReferenceData reference) {
            return new CountryView(country.iso3(), country.code(), country.name(),
                    AreaRef.of(ancestor(country, M49Level.REGION, reference)),
                    AreaRef.of(ancestor(country, M49Level.SUBREGION, reference)),
                    AreaRef.of(ancestor(country, M49Level.INTERMEDIATE_REGION, reference)));
        }

        private static Optional<M49Area> ancestor(M49Area country, M49Level level, ReferenceData reference) {
            Optional<M49Area> area = reference.area(country.parentCode());
            while (area.isPresent() && area.get().level() != level) {
                area = reference.area(area.get().parentCode());
            }
            return area;
        }
    }

    /** An M49 region, subregion or intermediate region. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegionView(String code, String name, String level, String parent) {
        public static RegionView of(M49Area a) {
            return new RegionView(a.code(), a.name(), a.level().name(), a.parentCode());
        }
    }

    /** One of the six UN languages and how the platform searches it. */
    public record LanguageView(String code, String name, String nativeName, String searchConfiguration) {
        public static LanguageView of(UnLanguage l) {
            return new LanguageView(l.code, l.englishName, l.nativeName, l.searchConfiguration);
        }
    }
}
