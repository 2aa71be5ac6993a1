package org.gcm.fund.iati;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The IATI code lists the test checks the export against: iati-codes.tsv (the project's reference copy) and
 * iati-codes-more.tsv (the other IATI code-list values the export writes), both {@code list<TAB>code<TAB>name}.
 */
final class IatiCodeLists {

    private final Map<String, Set<String>> codes = new HashMap<>();

    IatiCodeLists() throws IOException {
        read("/iati/iati-codes.tsv");
        read("/iati/iati-codes-more.tsv");
    }

    boolean has(String list, String code) {
        return codes.getOrDefault(list, Set.of()).contains(code);
    }

    boolean knows(String list) {
        return codes.containsKey(list);
    }

    private void read(String resource) throws IOException {
        try (InputStream in = IatiCodeLists.class.getResourceAsStream(resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split("\t");
                if (cells.length >= 2) {
                    codes.computeIfAbsent(cells[0], k -> new HashSet<>()).add(cells[1].trim());
                }
            }
        }
    }
}
