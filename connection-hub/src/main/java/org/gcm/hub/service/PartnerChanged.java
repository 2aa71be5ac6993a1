package org.gcm.hub.service;

/** CDI event: a partner changed (or, with a null id, many), so the matching snapshot reads it again after the commit. */
public record PartnerChanged(String partnerId) {
}
