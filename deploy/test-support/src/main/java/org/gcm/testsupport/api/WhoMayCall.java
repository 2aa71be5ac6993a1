package org.gcm.testsupport.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declared table of who may call what (DESIGN.md section 5 made executable), read from a test resource: one
 * line per operationId, a tab, then the callers allowed, separated by commas: realm roles, {@code signed-in} (any
 * token) or {@code anonymous} (anyone, no token needed). Text after a second tab is a comment; lines starting with
 * {@code #} are comments. Written by hand from the design and the README, never generated from the code.
 */
public final class WhoMayCall {

    private static final String OWN = "(own)";

    private final Map<String, Set<String>> allowed = new LinkedHashMap<>();
    private final Map<String, Set<String>> ownOnly = new LinkedHashMap<>();

    private WhoMayCall() {
    }

    /** Reads {@code resource} from the test class path (for example {@code who-may-call.tsv}). */
    public static WhoMayCall read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the test class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    public static WhoMayCall parse(String text) {
        WhoMayCall table = new WhoMayCall();
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 2) {
                throw new IllegalArgumentException("Line " + number + " needs operationId<TAB>callers: " + line);
            }
            Set<String> callers = new LinkedHashSet<>();
            Set<String> own = new LinkedHashSet<>();
            for (String written : columns[1].split(",")) {
                String caller = written.trim();
                if (caller.endsWith(OWN)) {
                    caller = caller.substring(0, caller.length() - OWN.length());
                    own.add(caller);
                }
                if (!caller.isEmpty()) {
                    callers.add(caller);
                }
            }
            table.ownOnly.put(columns[0].trim(), own);
            if (table.allowed.put(columns[0].trim(), callers) != null) {
                throw new IllegalArgumentException("Line " + number + ": " + columns[0] + " is declared twice");
            }
        }
        return table;
    }

    public Set<String> operationIds() {
        return allowed.keySet();
    }

    /** The callers declared for the operation, as written. */
    public Set<String> declared(String operationId) {
        return allowed.getOrDefault(operationId, Set.of());
    }

    /** Whether {@code caller} (a role, {@link Callers#SIGNED_IN} or {@link Callers#ANONYMOUS}) may call it. */
    public boolean allows(String operationId, String caller) {
        Set<String> callers = declared(operationId);
        if (callers.contains(Callers.ANONYMOUS)) {
            return true;
        }
        if (Callers.ANONYMOUS.equals(caller)) {
            return false;
        }
        return callers.contains(Callers.SIGNED_IN) || callers.contains(caller);
    }

    /**
     * Whether {@code caller} may be refused on the baseline's resource because the operation is for owners only and
     * the caller is not the one written with {@code (own)} (the wiring's owner), but stands under it.
     */
    public boolean mayBeRefusedAsNotTheOwner(String operationId, String caller) {
        boolean listedByName = declared(operationId).contains(caller);
        return !listedByName && !Callers.ANONYMOUS.equals(caller)
                && ownOnly.getOrDefault(operationId, Set.of()).contains(Callers.SIGNED_IN);
    }

    /** The caller the hostile suite acts as: the first declared. */
    public String firstCaller(String operationId) {
        List<String> callers = List.copyOf(declared(operationId));
        return callers.isEmpty() ? Callers.ANONYMOUS : callers.get(0);
    }
}
