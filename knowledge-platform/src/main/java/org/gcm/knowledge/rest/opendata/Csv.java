package org.gcm.knowledge.rest.opendata;

import java.util.List;

/**
 * Writes RFC 4180 CSV: comma-separated, fields with commas, quotes or line breaks in double quotes, quotes doubled.
 * Reading is the import's ({@code service.imports.CsvRecords}).
 */
public final class Csv {

    private Csv() {
    }

    /** One CSV line (with CRLF) of these fields. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
