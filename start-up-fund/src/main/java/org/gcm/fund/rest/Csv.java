package org.gcm.fund.rest;

import java.util.List;
import java.util.stream.Collectors;

import org.gcm.fund.service.MoneyJson;

/** RFC 4180 CSV: a header row, then one row per line; fields quoted when they need it. */
final class Csv {

    static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    static String of(List<String> header, List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder(line(header.stream().map(h -> (Object) h).toList()));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<Object> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(Object value) {
        String text = value == null ? "" : value instanceof MoneyJson money ? money.amount() : value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
