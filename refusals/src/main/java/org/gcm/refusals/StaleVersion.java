package org.gcm.refusals;

/**
 * The change names a version of the resource that is no longer current (optimistic concurrency): the caller must
 * read the resource again and retry.
 */
public final class StaleVersion extends Refusal {

    private final long currentVersion;

    public StaleVersion(String detail, long currentVersion) {
        super(detail);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
