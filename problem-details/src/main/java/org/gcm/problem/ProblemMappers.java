package org.gcm.problem;

import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.gcm.refusals.FieldError;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.Refusal;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one exception mapping of a service: every failure of a REST call becomes an
 * {@code application/problem+json} answer (RFC 9457). Nothing here ever returns a stack trace; unexpected
 * failures are logged with an error id that the answer quotes, so an operator can find the trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, UriInfo uri) {
        boolean ourFault = e.getConstraintViolations().stream()
                .anyMatch(v -> containsKind(v.getPropertyPath(), ElementKind.RETURN_VALUE));
        if (ourFault) {
            return unexpected(e, uri);
        }
        List<FieldError> errors = ConstraintViolations.toFieldErrors(e.getConstraintViolations());
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED, InvalidInput.summary(errors), path(uri), errors).build();
    }

    @ServerExceptionMapper
    public Response refused(Refusal e, UriInfo uri) {
        return ProblemResponses.of(RefusalProblems.of(e, path(uri))).build();
    }

    @ServerExceptionMapper
    public Response refusedAtTheEdge(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.type(), e.getMessage(), path(uri), e.errors()).build();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return JsonProblems.of(e, path(uri)).build();
    }

    /** Declared separately: Quarkus REST ships a mapper for exactly this type, and the most specific one wins. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        // No detail from the exception: it may say why a token was rejected, which helps an attacker more than a caller.
        return ProblemResponses.of(401, "A valid bearer token is required for this resource.", path(uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this operation.", path(uri), List.of())
                .build();
    }

    @ServerExceptionMapper
    public Response httpStatus(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        // A refusal raised where JAX-RS lets only its own exceptions through (a query parameter's converter).
        if (e.getCause() instanceof Refusal refusal) {
            return refused(refusal, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // A body of a type the operation does not declare (matched on @Consumes): say what was sent.
        String detail = status == 415 ? JsonBodies.unsupported(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), List.of())
                : clientDetail(e, status);
        Response.ResponseBuilder answer = ProblemResponses.of(status, detail, path(uri));
        // Keep what the original answer told the client to do next.
        copyHeader(original, answer, HttpHeaders.ALLOW);
        copyHeader(original, answer, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(original, answer, "Retry-After");
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure on %s, error id %s", path(uri), errorId);
        return ProblemResponses.of(ProblemType.UNEXPECTED,
                "The service could not complete the request. Quote error id " + errorId + " to the operators.",
                path(uri), List.of()).build();
    }

    private static String clientDetail(WebApplicationException e, int status) {
        String message = e.getMessage();
        // JAX-RS fills a bare "HTTP 404 Not Found" when the code gave no message: say something useful instead.
        if (message == null || message.startsWith("HTTP " + status)) {
            return switch (status) {
                case 404 -> "No resource exists at this path.";
                case 405 -> "This resource does not support the request's method.";
                case 406 -> "This resource cannot answer in any of the media types the Accept header asks for.";
                default -> ProblemResponses.reasonPhrase(status) + ".";
            };
        }
        return message;
    }

    private static boolean containsKind(jakarta.validation.Path path, ElementKind kind) {
        for (jakarta.validation.Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
