package org.gcm.knowledge.domain;

/** A background import: QUEUED -> RUNNING -> SUCCEEDED | FAILED. */
public enum ImportState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
