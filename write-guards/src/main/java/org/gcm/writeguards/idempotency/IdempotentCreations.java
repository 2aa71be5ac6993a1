package org.gcm.writeguards.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.gcm.caller.Caller;
import org.gcm.problem.ProblemException;
import org.gcm.problem.ProblemType;
import org.gcm.refusals.FieldError;
import org.gcm.refusals.InvalidInput;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.IdempotencyKeyStore.Remembered;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.vertx.core.http.HttpServerRequest;

/**
 * Runs a creating POST at most once per caller, path and {@code Idempotency-Key} (DESIGN.md section 6): a
 * donor portal or a ministry's system that retries after a timeout gets the first answer again, marked
 * {@code Idempotent-Replayed: true}, and nothing new is created. The same key with a different body is refused
 * with 422, because the caller has a bug that a replay would hide.
 * <p>
 * The key and the answer are stored in the creation's own transaction: a creation that fails leaves no key, so
 * the retry runs again. A concurrent request with the same key waits for the first one and then gets its answer.
 * <pre>{@code
 * return creations.create(idempotencyKey, body, () -> {
 *     CountryRequest created = requests.create(body);
 *     return Created.of(URI.create("/requests/" + created.id), RequestView.of(created), created.version);
 * });
 * }</pre>
 */
@ApplicationScoped
public class IdempotentCreations {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** The longest key kept; declared on the header by each resource that reads it. */
    public static final int MAX_KEY_LENGTH = 255;

    private static final Logger LOG = Logger.getLogger(IdempotentCreations.class);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}");

    @Inject
    IdempotencyKeyStore store;

    @Inject
    Caller caller;

    @Inject
    HttpServerRequest request;

    private final ObjectWriter canonical;
    private final ObjectMapper json;

    @Inject
    IdempotentCreations(ObjectMapper json) {
        this.json = json;
        this.canonical = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /**
     * Creates, or replays the answer to the first creation with this key.
     *
     * @param idempotencyKey the request's {@value #HEADER} header, or {@code null} to create unconditionally
     * @param requestBody    the request's body as read: its canonical JSON is what "the same request" means
     * @param action         the creation; it joins this method's transaction
     * @return 201 with {@code Location}, the body and an {@code ETag} when the resource has a version
     */
    @Transactional
    public Response create(String idempotencyKey, Object requestBody, Supplier<Created> action) {
        if (idempotencyKey == null) {
            return answer(action.get());
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw InvalidInput.of(HEADER, "pattern", "must be 1 to 255 visible ASCII characters");
        }
        String who = caller.subject() == null ? "anonymous" : caller.subject();
        String scope = request.method().name() + " " + request.path();
        String fingerprint = fingerprint(requestBody);
        Optional<Remembered> first = store.claim(who, scope, idempotencyKey, fingerprint);
        if (first.isPresent()) {
            return replay(first.get(), fingerprint, idempotencyKey, scope);
        }
        Created created = action.get();
        String tag = created.version() == null ? null : EntityTags.of(created.version()).toString();
        store.remember(who, scope, idempotencyKey, 201, created.location().toString(), tag, toJson(created.body()));
        return answer(created);
    }

    private Response replay(Remembered first, String fingerprint, String key, String scope) {
        if (!first.fingerprint().equals(fingerprint)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key " + key + " was used earlier on " + scope
                            + " with a different body; use a new key for a new request.",
                    List.of(new FieldError(HEADER, "same-request", "was already used with a different body")));
        }
        LOG.debugf("Replaying the answer to %s for Idempotency-Key %s", scope, key);
        Response.ResponseBuilder replay = Response.status(first.status())
                .location(URI.create(first.location()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(first.body())
                .header(REPLAYED_HEADER, "true");
        if (first.entityTag() != null) {
            replay.header("ETag", first.entityTag());
        }
        return replay.build();
    }

    private static Response answer(Created created) {
        Response.ResponseBuilder answer = Response.created(created.location()).entity(created.body());
        if (created.version() != null) {
            answer.tag(EntityTags.of(created.version()));
        }
        return answer.build();
    }

    private String fingerprint(Object body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request body", e);
        }
    }

    private String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the answer of a creation", e);
        }
    }
}
