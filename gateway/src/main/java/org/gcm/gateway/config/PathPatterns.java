package org.gcm.gateway.config;

import java.util.List;

/** The gateway's path patterns: an exact path, or a prefix ending in {@code *} that matches the rest. */
public final class PathPatterns {

    private PathPatterns() {
    }

    public static boolean matchesAny(List<String> patterns, String path) {
        for (String pattern : patterns) {
            if (pattern.endsWith("*") ? path.startsWith(pattern.substring(0, pattern.length() - 1))
                    : path.equals(pattern)) {
                return true;
            }
        }
        return false;
    }
}
