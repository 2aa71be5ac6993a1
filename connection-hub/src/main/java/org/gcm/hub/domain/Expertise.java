package org.gcm.hub.domain;

/**
 * What a partner brings to one GCM objective: a level from 1 (some) to 5 (leading), and the years of work on it.
 */
public record Expertise(int objective, int level, Integer years) {
}
