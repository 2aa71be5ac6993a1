package org.gcm.events.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;

/**
 * Writes and reads the CloudEvents 1.0 JSON envelope (structured mode) with the CloudEvents SDK:
 * {@code id}, {@code source}, {@code type}, {@code time}, {@code subject} (the aggregate id),
 * {@code datacontenttype} and {@code data}.
 */
@ApplicationScoped
public class CloudEventEnvelopes {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private final EventFormat format = new JsonFormat();
    private final ObjectMapper writer;
    private final ObjectMapper reader;

    public CloudEventEnvelopes(ObjectMapper json) {
        this.writer = json;
        // Consumers tolerate fields they do not know, whatever the REST side's strictness.
        this.reader = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A new envelope for {@code payload}, with a fresh id. */
    public String write(UUID id, URI source, String type, String subject, OffsetDateTime time, Object payload) {
        try {
            CloudEvent event = CloudEventBuilder.v1()
                    .withId(id.toString())
                    .withSource(source)
                    .withType(type)
                    .withSubject(subject)
                    .withTime(time)
                    .withDataContentType("application/json")
                    .withData(writer.writeValueAsBytes(payload))
                    .build();
            return new String(format.serialize(event), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the payload of a " + type + " event as JSON", e);
        }
    }

    /** Reads an envelope; a message that is not one is a {@link MalformedEventException}. */
    public ReceivedEvent read(String envelope) {
        if (envelope == null || envelope.isBlank()) {
            throw new MalformedEventException("The message is empty, not a CloudEvent");
        }
        CloudEvent event;
        try {
            event = format.deserialize(envelope.getBytes(StandardCharsets.UTF_8));
        } catch (EventDeserializationException | IllegalStateException | IllegalArgumentException e) {
            throw new MalformedEventException("The message is not a CloudEvents 1.0 JSON envelope: " + e.getMessage(), e);
        }
        if (event.getData() == null) {
            throw new MalformedEventException("Event " + event.getId() + " of type " + event.getType() + " has no data");
        }
        try {
            JsonNode data = reader.readTree(event.getData().toBytes());
            return new ReceivedEvent(event.getId(), event.getSource().toString(), event.getType(), event.getSubject(),
                    event.getTime(), data, reader);
        } catch (java.io.IOException e) {
            throw new MalformedEventException("Event " + event.getId() + " has data that is not JSON", e);
        }
    }
}
