package org.gcm.knowledge.rest;

import java.util.List;

import org.gcm.knowledge.domain.GuidingPrinciple;
import org.gcm.knowledge.domain.Objective;
import org.gcm.knowledge.domain.ThematicArea;

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
}
