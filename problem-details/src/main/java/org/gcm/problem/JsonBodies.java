package org.gcm.problem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * A request body is JSON unless the operation declares other media types ({@code @Consumes}, as the knowledge import
 * does for CSV): a body sent as {@code text/plain}, {@code multipart/form-data} or with no Content-Type at all is
 * answered 415, as a problem naming the Content-Type sent and the ones accepted, before the body is read.
 * <p>
 * Actions take an optional body ({@code POST /requests/{id}/submit} with or without a comment), and a client that
 * sends none often sends no Content-Type, or a form type its HTTP library adds by default: a request without a body
 * is read as JSON (an empty body is no comment), whatever its Content-Type says.
 */
public class JsonBodies {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON_TYPE);

    @ServerRequestFilter(preMatching = true)
    public void bodilessIsJson(ContainerRequestContext request) {
        if (!hasBody(request)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    /** Operations that declare their media types were matched on them already; this covers the others. */
    @ServerRequestFilter
    public Response bodyIsOfADeclaredType(ContainerRequestContext request, SimpleResourceInfo resource) {
        if (!hasBody(request)) {
            return null;
        }
        List<MediaType> accepted = accepted(resource);
        MediaType sent = request.getMediaType();
        if (sent != null && accepted.stream().anyMatch(type -> type.isCompatible(sent))) {
            return null;
        }
        return ProblemResponses.of(415, unsupported(request.getHeaderString(HttpHeaders.CONTENT_TYPE), accepted),
                request.getUriInfo().getRequestUri().getRawPath()).build();
    }

    /** The detail of a 415: what was sent, and what the operation takes. */
    static String unsupported(String contentType, List<MediaType> accepted) {
        String sent = contentType == null || contentType.isBlank() ? "A body without Content-Type"
                : "Content-Type " + contentType;
        String takes = accepted.isEmpty() ? "the media types its request body documents"
                : accepted.stream().map(type -> type.getType() + "/" + type.getSubtype())
                        .collect(Collectors.joining(" or "));
        return sent + " is not accepted here; this operation takes " + takes + ".";
    }

    private static List<MediaType> accepted(SimpleResourceInfo resource) {
        Consumes declared;
        try {
            declared = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes())
                    .getAnnotation(Consumes.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("The matched resource method is not public", e);
        }
        if (declared == null) {
            declared = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        if (declared == null) {
            return JSON;
        }
        return Arrays.stream(declared.value()).flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).map(MediaType::valueOf).toList();
    }

    /** A body is announced by a length above zero or by a transfer coding (chunked); nothing else carries one. */
    static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isBlank()) {
            try {
                return Long.parseLong(length.strip()) > 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }
}
