package org.gcm.fund.domain;

/** What a contribution may be spent on (DESIGN.md section 3). */
public enum EarmarkKind {
    UNEARMARKED,
    THEMATIC_AREA,
    OBJECTIVE,
    COUNTRY
}
