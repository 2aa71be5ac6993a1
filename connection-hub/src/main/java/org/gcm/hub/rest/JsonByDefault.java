package org.gcm.hub.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Actions take an optional JSON body ({@code POST /requests/{id}/submit} with or without a comment). A client
 * that sends no body often sends no Content-Type, or a form type its HTTP library adds by default: a request
 * without a body, or without a Content-Type, is read as JSON (an empty body is no comment) instead of being
 * refused with 415.
 */
public class JsonByDefault {

    @ServerRequestFilter(preMatching = true)
    public void assumeJson(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean noBody = "0".equals(length)
                || (length == null && request.getHeaderString("Transfer-Encoding") == null);
        if (noBody || request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
