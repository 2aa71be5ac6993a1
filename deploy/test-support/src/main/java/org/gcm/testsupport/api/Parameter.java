package org.gcm.testsupport.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A path, query or header parameter of an operation, with its resolved schema. */
public record Parameter(String name, String in, boolean required, ObjectNode schema) {
}
