package org.gcm.knowledge.rest;

/** The declared lengths of the search's free text and cursor, shared by the practice search and the forums' lists. */
final class SearchLimits {

    /** Words to find: a long query is a few dozen words, never a document. */
    static final int TEXT_MAX = 500;
    /** An opaque cursor is an order, a sort value and an id, base64-encoded: well under 200 characters. */
    static final int CURSOR_MAX = 200;

    private SearchLimits() {
    }
}
