package org.gcm.knowledge.domain;

/** The formats an import batch may come in. */
public enum ImportFormat {
    CSV,
    JSON
}
