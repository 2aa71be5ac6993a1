package org.gcm.writeguards.concurrency;

import jakarta.ws.rs.core.EntityTag;

import org.gcm.refusals.StaleVersion;

/**
 * Optimistic concurrency over HTTP (DESIGN.md section 6): a resource's {@code ETag} is its version (a strong tag,
 * {@code "7"}), and a change sent with {@code If-Match} applies only if the resource is still at a version the
 * caller names. Without {@code If-Match} the change applies to whatever is current: the lifecycle guards still
 * hold, and Member State systems that do not track versions keep working.
 */
public final class EntityTags {

    public static final String IF_MATCH = "If-Match";
    /** The longest {@code If-Match} a resource reads: a few quoted versions, never more. Declared on the header. */
    public static final int IF_MATCH_MAX_LENGTH = 100;

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Refuses the change with 412 unless {@code ifMatch} is absent, {@code *}, or lists the current version.
     * Weak tags never match: RFC 9110 asks for the strong comparison here.
     *
     * @param ifMatch        the request's {@code If-Match} header, or {@code null}
     * @param currentVersion the version the resource is at now
     * @param what           names the resource in the refusal, for example {@code "request REQ-2026-000123"}
     */
    public static void requireMatch(String ifMatch, long currentVersion, String what) {
        if (ifMatch == null || ifMatch.isBlank() || matches(ifMatch, Long.toString(currentVersion))) {
            return;
        }
        throw new StaleVersion("If-Match " + ifMatch.strip() + " does not match the current ETag \"" + currentVersion
                + "\" of " + what + "; read it again and retry with its ETag.", currentVersion);
    }

    private static boolean matches(String ifMatch, String current) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals("\"" + current + "\"")) {
                return true;
            }
        }
        return false;
    }
}
