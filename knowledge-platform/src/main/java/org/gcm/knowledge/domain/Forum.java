package org.gcm.knowledge.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A review forum of the Compact (paragraphs 49-50): the International Migration Review Forum every four years
 * from 2022, and the regional reviews by the UN regional economic commissions, alternating with it from 2020.
 * Its id is stable and used in paths: {@code imrf-2026}, {@code ece-2024}.
 */
public record Forum(String id, Type type, int year, String commission, String title) {

    public enum Type {
        IMRF,
        REGIONAL_REVIEW
    }

    public static final List<Integer> IMRF_YEARS = List.of(2022, 2026, 2030);
    public static final List<Integer> REGIONAL_YEARS = List.of(2020, 2024, 2028);
    public static final List<String> COMMISSIONS = List.of("ECA", "ECE", "ECLAC", "ESCAP", "ESCWA");

    public static final List<Forum> ALL = all();

    private static List<Forum> all() {
        List<Forum> forums = new ArrayList<>();
        for (int year : IMRF_YEARS) {
            forums.add(new Forum("imrf-" + year, Type.IMRF, year, null,
                    "International Migration Review Forum " + year));
        }
        for (int year : REGIONAL_YEARS) {
            for (String commission : COMMISSIONS) {
                forums.add(new Forum(commission.toLowerCase(java.util.Locale.ROOT) + "-" + year, Type.REGIONAL_REVIEW,
                        year, commission, "Regional review " + year + " (" + commission + ")"));
            }
        }
        return List.copyOf(forums);
    }

    public static Optional<Forum> byId(String id) {
        return ALL.stream().filter(f -> f.id.equals(id)).findFirst();
    }
}
