package org.gcm.localstack;

/**
 * A command that cannot be carried out as things stand (the stack already runs, a port is taken, something is not
 * built): reported as one line, exit code {@value #EXIT_CODE}, nothing started or changed.
 */
final class Refusal extends RuntimeException {

    static final int EXIT_CODE = 2;

    Refusal(String message) {
        super(message, null, false, false);
    }
}
