package org.gcm.writeguards.concurrency;

import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.gcm.problem.ProblemResponses;
import org.gcm.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two changes to the same resource raced and the entity's {@code @Version} let only one commit: the loser is
 * told to read again and retry, which is what 409 means here. Nothing of the losing change was written.
 */
public class ConcurrentChangeMapper {

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        String path = uri == null ? null : uri.getRequestUri().getRawPath();
        return ProblemResponses.of(ProblemType.CONCURRENT_CHANGE,
                "Another change to this resource was committed while yours ran; yours was not applied. Read the "
                        + "resource again and retry.",
                path, List.of()).build();
    }
}
