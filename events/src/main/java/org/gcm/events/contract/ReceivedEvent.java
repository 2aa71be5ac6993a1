package org.gcm.events.contract;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An event as a consumer receives it: the CloudEvents attributes and the payload, which the consumer reads
 * as the record it knows. Fields the consumer does not know are ignored, so publishers can add fields
 * without breaking anyone.
 */
public record ReceivedEvent(String id, String source, String type, String subject, OffsetDateTime time,
        JsonNode data, ObjectMapper reader) {

    /** The payload as the given record; unknown fields are ignored. */
    public <T> T dataAs(Class<T> payloadType) {
        try {
            return reader.treeToValue(data, payloadType);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MalformedEventException("Event " + id + " of type " + type + " has a payload that is not a "
                    + payloadType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
