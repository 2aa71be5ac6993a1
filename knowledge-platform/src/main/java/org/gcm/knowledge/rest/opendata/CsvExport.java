package org.gcm.knowledge.rest.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.UnLanguage;
import org.gcm.knowledge.service.PublishedPractices;
import org.gcm.knowledge.service.imports.ImportRows;

/**
 * The published repository as RFC 4180 CSV in UTF-8, one line per practice, newest first. The columns are the
 * import's (so that an export can be imported elsewhere) after {@code id} and {@code publishedAt}, then the
 * provenance ({@code source}, {@code sourceId}). A contact is exported only where its publication was agreed.
 */
@ApplicationScoped
public class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";

    static final List<String> COLUMNS = columns();

    private final PublishedPractices published;

    public CsvExport(PublishedPractices published) {
        this.published = published;
    }

    public StreamingOutput body() {
        return out -> {
            out.write(Csv.line(COLUMNS).getBytes(StandardCharsets.UTF_8));
            published.forEach(CsvExport::line, line -> {
                try {
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        };
    }

    private static String line(Practice p) {
        List<String> fields = new ArrayList<>();
        fields.add(p.id.toString());
        fields.add(p.publishedAt.toString());
        fields.add(p.kind.name());
        fields.add(p.originalLanguage);
        for (UnLanguage l : UnLanguage.values()) {
            fields.add(p.titles.get(l.code));
        }
        for (UnLanguage l : UnLanguage.values()) {
            fields.add(p.summaries.get(l.code));
        }
        fields.add(p.body);
        fields.add(String.join(";", p.objectives.stream().map(String::valueOf).toList()));
        fields.add(String.join(";", p.principles));
        fields.add(String.join(";", p.countries));
        fields.add(String.join(";", p.regions));
        fields.add(String.join(";", p.organisations));
        fields.add(String.join(";", p.partners));
        fields.add(p.timeframeStart == null ? null : p.timeframeStart.toString());
        fields.add(p.timeframeEnd == null ? null : p.timeframeEnd.toString());
        fields.add(p.results);
        fields.add(p.lessonsLearned);
        fields.add(String.join(";", p.links));
        // Personal data: the contact is open data only where its publication was agreed.
        boolean contact = p.contactPublishable();
        fields.add(contact ? p.contactName : null);
        fields.add(contact ? p.contactEmail : null);
        fields.add(contact ? "true" : null);
        fields.add(p.licence);
        fields.add(p.forum);
        fields.add(p.submitterType == null ? null : p.submitterType.name());
        fields.add(p.level == null ? null : p.level.name());
        fields.add(p.source);
        fields.add(p.sourceId);
        return Csv.line(fields);
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("id", "publishedAt"));
        columns.addAll(ImportRows.CSV_COLUMNS.subList(1, ImportRows.CSV_COLUMNS.size()));
        columns.addAll(List.of("source", "sourceId"));
        return List.copyOf(columns);
    }
}
