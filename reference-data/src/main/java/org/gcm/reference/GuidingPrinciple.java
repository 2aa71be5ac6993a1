package org.gcm.reference;

/**
 * One of the cross-cutting guiding principles of the Compact (paragraph 15 of resolution 73/195); requests and
 * practices refer to them by code, so the codes must be the same in every service.
 *
 * @param code the stable code the APIs accept ("rule-of-law")
 * @param label the principle's name for people ("Rule of law and due process")
 */
public record GuidingPrinciple(String code, String label) {
}
