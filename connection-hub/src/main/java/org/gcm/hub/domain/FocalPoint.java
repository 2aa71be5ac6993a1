package org.gcm.hub.domain;

/** A person the secretariat and partners can contact about a request. */
public record FocalPoint(String name, String function, String email, String phone) {
}
