package org.gcm.tracing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** Test fixture: a blocking endpoint that logs and says which request id its log lines carry. */
@Path("/probe")
public class ProbeResource {

    private static final Logger LOG = Logger.getLogger(ProbeResource.class);

    @GET
    public String probe() {
        LOG.info("probing");
        Object id = MDC.get(RequestIds.LOG_KEY);
        return id == null ? "" : id.toString();
    }
}
