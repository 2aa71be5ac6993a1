package org.gcm.reference;

import java.util.List;

/**
 * A thematic area of the start-up fund: a group of objectives that contributions can be earmarked to and
 * allocations balanced across. The grouping is the fund's default, not an official table, hence data.
 *
 * @param code the area's code ("TA1")
 * @param title the area's title
 * @param objectives the numbers of the objectives the area covers, in file order; unmodifiable
 */
public record ThematicArea(String code, String title, List<Integer> objectives) {

    public ThematicArea {
        objectives = List.copyOf(objectives);
    }
}
