package org.gcm.hub.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.caller.Caller;
import org.gcm.caller.Roles;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.refusals.NotFound;

/**
 * Finds a request the caller may see: the secretariat sees every request, a member state only its own
 * country's. Anything else answers 404, exactly as for a request that does not exist.
 */
@ApplicationScoped
public class RequestAccess {

    private final CountryRequestRepository requests;
    private final Caller caller;

    public RequestAccess(CountryRequestRepository requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    /** The request, for reading. */
    public CountryRequest visible(String id) {
        return find(id, false);
    }

    /** The request, locked for a change in the current transaction. */
    public CountryRequest forChange(String id) {
        return find(id, true);
    }

    /** Whether the caller sees every country's requests (the secretariat) rather than its own country's. */
    public boolean seesAllCountries() {
        return caller.hasRole(Roles.SECRETARIAT);
    }

    private CountryRequest find(String id, boolean lock) {
        CountryRequest request = parse(id).map(uuid -> lock ? requests.forChange(uuid) : requests.findById(uuid))
                .orElse(null);
        if (request == null || !maySee(request)) {
            throw NotFound.of("request", id);
        }
        return request;
    }

    private boolean maySee(CountryRequest request) {
        if (seesAllCountries()) {
            return true;
        }
        return caller.hasRole(Roles.MEMBER_STATE) && caller.country().map(request.country::equals).orElse(false);
    }

    /** An id from a path or an event; one that is not a UUID names nothing. */
    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
