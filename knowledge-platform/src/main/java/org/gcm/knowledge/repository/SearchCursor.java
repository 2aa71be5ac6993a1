package org.gcm.knowledge.repository;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the previous page ended, for keyset paging: the sort, the last item's score or date, and its id.
 * Opaque to clients (URL-safe base64).
 */
public record SearchCursor(SearchCriteria.Sort sort, float score, OffsetDateTime date, UUID id) {

    public String encode() {
        String plain = sort.name() + "|" + score + "|" + date + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<SearchCursor> decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return Optional.of(new SearchCursor(SearchCriteria.Sort.valueOf(parts[0]), Float.parseFloat(parts[1]),
                    OffsetDateTime.parse(parts[2]), UUID.fromString(parts[3])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
