package org.gcm.hub.rest;

import java.util.List;

/** A page of a list: the items asked for and how many there are in all. */
public record Page<T>(List<T> items, long total) {
}
