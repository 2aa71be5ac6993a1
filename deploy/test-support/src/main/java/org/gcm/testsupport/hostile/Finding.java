package org.gcm.testsupport.hostile;

/**
 * Something a suite found wrong.
 *
 * @param kind      the class of finding ({@link Findings} names them)
 * @param operation the operationId (or "document")
 * @param example   the request and the answer, or what the document lacks
 */
public record Finding(String kind, String operation, String example) {
}
