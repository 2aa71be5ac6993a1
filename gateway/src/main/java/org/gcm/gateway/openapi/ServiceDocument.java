package org.gcm.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One service's OpenAPI document as the merge takes it: the route's name ({@code hub}), its public prefix
 * ({@code /api/hub}) and the document (changed in place by the merge).
 */
record ServiceDocument(String name, String prefix, ObjectNode document) {

    /** The namespace of the service's clashing names: {@code Hub} for {@code Hub_Expertise}. */
    String namespace() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
