package org.gcm.events.contract;

/** A message that is not a CloudEvent this system can read; it goes to the dead letters with this reason. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
