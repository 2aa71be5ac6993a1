package org.gcm.fund.domain;

/**
 * An earmark, and the pool of the ledger it names: {@code UNEARMARKED}, {@code THEMATIC_AREA:TA1},
 * {@code OBJECTIVE:7} or {@code COUNTRY:KEN}. Money deposited with an earmark stays in its pool until a grant
 * that matches the earmark uses it.
 *
 * @param kind  the kind of earmark
 * @param value absent when unearmarked, else the thematic area code, objective number or ISO 3166-1 alpha-3 country
 */
public record Earmark(EarmarkKind kind, String value) {

    public static final Earmark UNEARMARKED = new Earmark(EarmarkKind.UNEARMARKED, null);

    public static Earmark thematicArea(String code) {
        return new Earmark(EarmarkKind.THEMATIC_AREA, code);
    }

    public static Earmark objective(int number) {
        return new Earmark(EarmarkKind.OBJECTIVE, Integer.toString(number));
    }

    public static Earmark country(String iso3) {
        return new Earmark(EarmarkKind.COUNTRY, iso3);
    }

    /** The pool's key in the ledger. */
    public String pool() {
        return kind == EarmarkKind.UNEARMARKED ? kind.name() : kind.name() + ":" + value;
    }

    public static Earmark ofPool(String pool) {
        int colon = pool.indexOf(':');
        return colon < 0 ? UNEARMARKED : new Earmark(EarmarkKind.valueOf(pool.substring(0, colon)), pool.substring(colon + 1));
    }
}
