package org.gcm.knowledge.service.imports;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV: comma-separated, fields with commas, quotes or line breaks in double quotes, quotes doubled. */
final class CsvRecords {

    private CsvRecords() {
    }

    /** The records of a CSV text; a malformed text (an unclosed quote) is an IllegalArgumentException. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < input.length(); i++) {
            char ch = input.charAt(i);
            any = true;
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < input.length() && input.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("The CSV ends inside a quoted field");
        }
        if (any) {
            record.add(field.toString());
            records.add(record);
        }
        records.removeIf(r -> r.size() == 1 && r.get(0).isEmpty());
        return records;
    }
}
