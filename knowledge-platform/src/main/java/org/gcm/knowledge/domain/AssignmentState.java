package org.gcm.knowledge.domain;

/**
 * A reviewer's assignment: ASSIGNED until the reviewer declares conflicts of interest; CLEARED (no conflict:
 * may recommend) or CONFLICTED (removed from the review; the editor assigns a replacement).
 */
public enum AssignmentState {
    ASSIGNED,
    CLEARED,
    CONFLICTED
}
