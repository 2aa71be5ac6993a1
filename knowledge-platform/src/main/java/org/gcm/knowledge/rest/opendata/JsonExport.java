package org.gcm.knowledge.rest.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import org.gcm.knowledge.rest.PracticeViews;
import org.gcm.knowledge.service.PublishedPractices;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The published repository as JSON: {@code {"items": [practice as in GET /practices/{id}], "total": n}}, newest
 * first, written page by page as it is read.
 */
@ApplicationScoped
public class JsonExport {

    private final PublishedPractices published;
    private final ObjectMapper json;

    public JsonExport(PublishedPractices published, ObjectMapper json) {
        this.published = published;
        this.json = json;
    }

    public StreamingOutput body() {
        return out -> {
            JsonGenerator generator = json.getFactory().createGenerator(out);
            generator.writeStartObject();
            generator.writeArrayFieldStart("items");
            long[] total = {0};
            published.forEach(PracticeViews.PracticeView::of, view -> {
                write(json, generator, view);
                total[0]++;
            });
            generator.writeEndArray();
            generator.writeNumberField("total", total[0]);
            generator.writeEndObject();
            generator.flush();
        };
    }

    /** Writes one value where a checked exception cannot pass (inside a page's callback). */
    static void write(ObjectMapper json, JsonGenerator generator, Object value) {
        try {
            json.writeValue(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
