package org.gcm.events.deadletters;

/**
 * A dead letter with what became of it: its replay (null if none) and whether its consumer has acted on the event
 * by now (the inbox holds it), which is how a replay shows that it took effect.
 */
public record DeadLetterEntry(DeadLetter letter, DeadLetterReplay replay, boolean actedOn) {
}
