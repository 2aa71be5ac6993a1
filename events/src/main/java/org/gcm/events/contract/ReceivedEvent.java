package org.gcm.events.contract;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An event as a consumer receives it: the CloudEvents attributes and the payload, which the consumer reads
 * as the record it knows. Fields the consumer does not know are ignored, so publishers can add fields
 * without breaking anyone. Made only by {@link CloudEventEnvelopes#read(String)}.
 */
public final class ReceivedEvent {

    private final String id;
    private final String source;
    private final String type;
    private final String subject;
    private final OffsetDateTime time;
    private final JsonNode data;
    private final ObjectMapper tolerantReader;

    ReceivedEvent(String id, String source, String type, String subject, OffsetDateTime time, JsonNode data,
            ObjectMapper tolerantReader) {
        this.id = id;
        this.source = source;
        this.type = type;
        this.subject = subject;
        this.time = time;
        this.data = data;
        this.tolerantReader = tolerantReader;
    }

    public String id() {
        return id;
    }

    public String source() {
        return source;
    }

    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public OffsetDateTime time() {
        return time;
    }

    public JsonNode data() {
        return data;
    }

    /** The payload as the given record; unknown fields are ignored. */
    public <T> T dataAs(Class<T> payloadType) {
        try {
            return tolerantReader.treeToValue(data, payloadType);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Event " + id + " of type " + type + " has a payload that is not a "
                    + payloadType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ReceivedEvent[id=" + id + ", type=" + type + ", subject=" + subject + ", source=" + source + ", time="
                + time + "]";
    }
}
