package org.gcm.testsupport.roles;

/**
 * A caller reaching for another tenant's resource: a member state for another country's request or grant, a partner
 * for another partner's engagement, a donor for another contributor's statement. It must be refused (403 or 404),
 * or, for a list, answered without the other tenant's data ({@code secret} nowhere in the answer).
 *
 * @param description what is attempted, in the domain's words
 * @param method      HTTP method
 * @param path        the concrete path, query included
 * @param token       the caller's token
 * @param body        the JSON body sent (valid for the operation: a map, a list, or JSON text), or null
 * @param secret      for a list: a value of the other tenant's resource (its id) that must not appear; null for a
 *                    single resource, which must be refused
 */
public record CrossTenantAttempt(String description, String method, String path, String token, Object body,
        String secret) {

    public static CrossTenantAttempt refused(String description, String method, String path, String token,
            Object body) {
        return new CrossTenantAttempt(description, method, path, token, body, null);
    }

    public static CrossTenantAttempt filtered(String description, String path, String token, String secret) {
        return new CrossTenantAttempt(description, "GET", path, token, null, secret);
    }
}
