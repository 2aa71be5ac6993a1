package org.gcm.testsupport.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The findings of one suite run, and the report printed at its end: counts by class and by operation. */
public final class Findings {

    public static final String SERVER_ERROR = "5xx";
    public static final String NOT_A_PROBLEM = "error answer not problem+json";
    public static final String WRONG_PROBLEM_STATUS = "problem status differs from HTTP status";
    public static final String ACCEPTED_NONSENSE = "accepted nonsense";
    public static final String BODY_REQUIRED_NOT_ENFORCED = "body required by the document, not by the server";
    public static final String FIELD_NOT_NAMED = "field at fault not named";
    public static final String STORED_ON_REFUSAL = "stored although refused";
    public static final String UNDOCUMENTED_STATUS = "status not documented";
    public static final String REQUIRED_NOT_DOCUMENTED = "required by the server, not by the document";
    public static final String NO_DECLARED_LIMIT = "input without declared limit";
    public static final String ROLE_BREAK = "role boundary broken";
    public static final String TABLE_MISMATCH = "who-may-call table differs";
    public static final String CROSS_TENANT = "other tenant's data reachable";

    private final List<Finding> all = new ArrayList<>();

    public synchronized void add(String kind, String operation, String example) {
        all.add(new Finding(kind, operation, example));
    }

    public List<Finding> all() {
        return List.copyOf(all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Counts by class, then for each class the operations with their count and first example. */
    public String report() {
        StringBuilder out = new StringBuilder();
        Map<String, List<Finding>> byKind = all.stream()
                .collect(Collectors.groupingBy(Finding::kind, TreeMap::new, Collectors.toList()));
        out.append("Findings: ").append(all.size()).append('\n');
        byKind.forEach((kind, findings) -> {
            Map<String, List<Finding>> byOperation = findings.stream()
                    .collect(Collectors.groupingBy(Finding::operation, TreeMap::new, Collectors.toList()));
            out.append(String.format("  %-45s %5d on %d operations%n", kind, findings.size(), byOperation.size()));
        });
        byKind.forEach((kind, findings) -> {
            out.append("\n== ").append(kind).append('\n');
            findings.stream().collect(Collectors.groupingBy(Finding::operation, TreeMap::new, Collectors.toList()))
                    .forEach((operation, list) -> out.append(String.format("  %s (%d): %s%n", operation, list.size(),
                            list.get(0).example())));
        });
        return out.toString();
    }
}
