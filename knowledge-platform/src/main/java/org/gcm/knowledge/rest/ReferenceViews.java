package org.gcm.knowledge.rest;

import java.util.List;

import org.gcm.knowledge.domain.GuidingPrinciple;
import org.gcm.knowledge.domain.M49Area;
import org.gcm.knowledge.domain.Objective;
import org.gcm.knowledge.domain.ThematicArea;
import org.gcm.knowledge.domain.UnLanguage;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the API shows of the reference entities. */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    public record ObjectiveView(int number, String shortLabel, String title) {
        public static ObjectiveView of(Objective o) {
            return new ObjectiveView(o.number, o.shortLabel, o.title);
        }
    }

    public record PrincipleView(String code, String label) {
        public static PrincipleView of(GuidingPrinciple p) {
            return new PrincipleView(p.code, p.label);
        }
    }

    public record ThematicAreaView(String code, String title, List<Integer> objectives) {
        public static ThematicAreaView of(ThematicArea t) {
            return new ThematicAreaView(t.code, t.title, List.copyOf(t.objectives));
        }
    }

    /** A UN M49 area in a country's hierarchy. */
    public record AreaRef(String code, String name) {
        public static AreaRef of(M49Area a) {
            return a == null ? null : new AreaRef(a.code, a.name);
        }
    }

    /** A country or area with its UN M49 code and regions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CountryView(String code, String m49, String name, AreaRef region, AreaRef subregion,
            AreaRef intermediateRegion) {
    }

    /** An M49 region, subregion or intermediate region. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegionView(String code, String name, String level, String parent) {
        public static RegionView of(M49Area a) {
            return new RegionView(a.code, a.name, a.level, a.parentCode);
        }
    }

    /** One of the six UN languages and how the platform searches it. */
    public record LanguageView(String code, String name, String nativeName, String searchConfiguration) {
        public static LanguageView of(UnLanguage l) {
            return new LanguageView(l.code, l.englishName, l.nativeName, l.searchConfiguration);
        }
    }
}
