package org.gcm.hub.service;

/** CDI event: a partner changed, so the matching snapshot reads it again after the commit. */
public record PartnerChanged(String partnerId) {
}
