package org.gcm.reference;

/**
 * One of the 23 objectives of the Global Compact for Migration (resolution 73/195). Requests, projects and
 * practices are tagged with objective numbers, so every service must agree on the same list.
 *
 * @param number the objective's number in the adopted text, 1 to 23
 * @param shortLabel a few words for lists and filters ("Data")
 * @param title the objective's full title as adopted
 */
public record Objective(int number, String shortLabel, String title) {
}
