package org.gcm.hub.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.gcm.caller.Caller;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.problem.ProblemException;

/**
 * Finds a request the caller may see: the secretariat sees every request, a member state only its own
 * country's. Anything else answers 404, exactly as for a request that does not exist.
 */
@ApplicationScoped
public class RequestAccess {

    @Inject
    CountryRequestRepository requests;

    @Inject
    Caller caller;

    /** The request, for reading. */
    public CountryRequest visible(String id) {
        return find(id, false);
    }

    /** The request, locked for a change in the current transaction. */
    public CountryRequest forChange(String id) {
        return find(id, true);
    }

    private CountryRequest find(String id, boolean lock) {
        Optional<UUID> uuid = parse(id);
        CountryRequest request = uuid.map(u -> lock ? requests.findById(u, LockModeType.PESSIMISTIC_WRITE)
                : requests.findById(u)).orElse(null);
        if (request == null || !maySee(request)) {
            throw ProblemException.notFound("There is no request " + id + ".");
        }
        return request;
    }

    public boolean maySee(CountryRequest request) {
        if (caller.hasRole(Roles.SECRETARIAT)) {
            return true;
        }
        return caller.hasRole(Roles.MEMBER_STATE) && caller.country().map(request.country::equals).orElse(false);
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
