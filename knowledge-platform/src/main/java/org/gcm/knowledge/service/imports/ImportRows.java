package org.gcm.knowledge.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gcm.knowledge.domain.ImportFormat;
import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.domain.ReviewLevel;
import org.gcm.knowledge.domain.SubmitterType;
import org.gcm.knowledge.domain.UnLanguage;
import org.gcm.knowledge.service.PracticeContent;
import org.gcm.refusals.InvalidInput;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads an import batch into rows: JSON (an array of objects, each a {@link PracticeContent} plus {@code sourceId})
 * or CSV (a header line naming the columns of {@link #CSV_COLUMNS}; lists separated by {@code ;}; title and summary
 * one column per language, {@code title_en}, {@code summary_fr}, ...).
 */
public final class ImportRows {

    public static final List<String> CSV_COLUMNS = csvColumns();

    /** One row: its number (1 = the first record), its source id, and its content or why it could not be read. */
    public record Row(int number, String sourceId, PracticeContent content, String field, String problem) {
        public boolean readable() {
            return problem == null;
        }
    }

    private ImportRows() {
    }

    /** Counts and reads the rows; a batch that is not JSON/CSV at all is an IllegalArgumentException. */
    public static List<Row> read(ImportFormat format, String text, ObjectMapper json) {
        return format == ImportFormat.JSON ? fromJson(text, json) : fromCsv(text);
    }

    private static List<Row> fromJson(String text, ObjectMapper json) {
        ObjectMapper lenient = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        JsonNode root;
        try {
            root = lenient.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The batch is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("A JSON batch is an array of practice objects");
        }
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode node : root) {
            number++;
            String sourceId = node.hasNonNull("sourceId") ? node.get("sourceId").asText() : null;
            if (!node.isObject()) {
                // Not a row at all: the batch is malformed, refused whole before it is queued.
                throw InvalidInput.of("body[" + (number - 1) + "]", "type", "must be a practice object");
            }
            ObjectNode content = ((ObjectNode) node).deepCopy();
            content.remove("sourceId");
            try {
                rows.add(new Row(number, sourceId, lenient.treeToValue(content, PracticeContent.class), null, null));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                        ? m.getPath().get(0).getFieldName() : "row";
                rows.add(new Row(number, sourceId, null, field == null ? "row" : field, "cannot be read: " + e.getOriginalMessage()));
            }
        }
        return rows;
    }

    private static List<Row> fromCsv(String text) {
        List<List<String>> records = CsvRecords.parse(text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("A CSV batch starts with a header line");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<String> unknown = header.stream().filter(h -> !CSV_COLUMNS.contains(h)).toList();
        if (!unknown.isEmpty() || !header.contains("sourceId")) {
            throw new IllegalArgumentException("The CSV header must include sourceId and may name only " + CSV_COLUMNS
                    + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> record = records.get(i);
            for (int c = 0; c < header.size() && c < record.size(); c++) {
                String value = record.get(c).strip();
                if (!value.isEmpty()) {
                    values.put(header.get(c), value);
                }
            }
            rows.add(fromCsvRecord(i, values));
        }
        return rows;
    }

    private static Row fromCsvRecord(int number, Map<String, String> v) {
        String sourceId = v.get("sourceId");
        String column = "row";
        try {
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, String> summaries = new LinkedHashMap<>();
            for (UnLanguage l : UnLanguage.values()) {
                if (v.containsKey("title_" + l.code)) {
                    titles.put(l.code, v.get("title_" + l.code));
                }
                if (v.containsKey("summary_" + l.code)) {
                    summaries.put(l.code, v.get("summary_" + l.code));
                }
            }
            column = "kind";
            Kind kind = v.containsKey("kind") ? Kind.valueOf(v.get("kind")) : null;
            column = "objectives";
            List<Integer> objectives = list(v.get("objectives")).stream().map(Integer::valueOf).toList();
            column = "timeframeStart";
            LocalDate start = v.containsKey("timeframeStart") ? LocalDate.parse(v.get("timeframeStart")) : null;
            column = "timeframeEnd";
            LocalDate end = v.containsKey("timeframeEnd") ? LocalDate.parse(v.get("timeframeEnd")) : null;
            column = "submitterType";
            SubmitterType submitter = v.containsKey("submitterType") ? SubmitterType.valueOf(v.get("submitterType")) : null;
            column = "level";
            ReviewLevel level = v.containsKey("level") ? ReviewLevel.valueOf(v.get("level")) : null;
            column = "contactPublicationConsent";
            Boolean consent = v.containsKey(column) ? strictBoolean(v.get(column)) : null;
            PracticeContent.Contact contact = v.containsKey("contactName") || v.containsKey("contactEmail") || consent != null
                    ? new PracticeContent.Contact(v.get("contactName"), v.get("contactEmail"), consent) : null;
            return new Row(number, sourceId, new PracticeContent(kind, v.get("originalLanguage"), titles, summaries,
                    v.get("body"), objectives, list(v.get("principles")), list(v.get("countries")), list(v.get("regions")),
                    list(v.get("organisations")), list(v.get("partners")), start, end, v.get("results"),
                    v.get("lessonsLearned"), list(v.get("links")), contact, v.get("licence"), v.get("forum"), submitter,
                    level), null, null);
        } catch (RuntimeException e) {
            return new Row(number, sourceId, null, column, "cannot be read: " + e.getMessage());
        }
    }

    /** {@code true} or {@code false}, nothing else: a consent is never guessed from "yes" or "1". */
    private static Boolean strictBoolean(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("must be true or false");
        }
        return Boolean.valueOf(value);
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> csvColumns() {
        List<String> columns = new ArrayList<>(List.of("sourceId", "kind", "originalLanguage"));
        for (UnLanguage l : UnLanguage.values()) {
            columns.add("title_" + l.code);
        }
        for (UnLanguage l : UnLanguage.values()) {
            columns.add("summary_" + l.code);
        }
        columns.addAll(List.of("body", "objectives", "principles", "countries", "regions", "organisations", "partners",
                "timeframeStart", "timeframeEnd", "results", "lessonsLearned", "links", "contactName", "contactEmail",
                "contactPublicationConsent", "licence", "forum", "submitterType", "level"));
        return List.copyOf(columns);
    }
}
