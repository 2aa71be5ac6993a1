package org.gcm.testsupport.api;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One operation of the OpenAPI document.
 *
 * @param body          the resolved schema of its JSON request body; null when it takes none
 * @param bodyRequired  whether the document marks the body required
 * @param bodyMediaTypes the media types the request body is documented with (empty when none)
 * @param secured       whether the operation carries a security requirement (a token is needed)
 * @param declaredRoles the roles its security requirement lists (empty when it lists none)
 * @param responses     the documented status codes ("default" included as written)
 * @param errorsWithoutProblem the documented 4xx and 5xx codes whose answer is not described as a problem
 *                      ({@code application/problem+json} with a schema)
 */
public record Operation(String method, String path, String operationId, List<Parameter> parameters, ObjectNode body,
        boolean bodyRequired, Set<String> bodyMediaTypes, boolean secured, Set<String> declaredRoles,
        Set<String> responses, Set<String> errorsWithoutProblem) {

    public List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    public boolean takesJson() {
        return body != null;
    }

    public boolean documents(int status) {
        return responses.contains(String.valueOf(status)) || responses.contains(status / 100 + "XX");
    }

    @Override
    public String toString() {
        return operationId + " (" + method + " " + path + ")";
    }
}
