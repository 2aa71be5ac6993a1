package org.gcm.localstack;

/**
 * A component did not come up. The message says which and why, and may go on over several lines with the end of
 * the component's log; {@link #summary()} is its first line, for the closing line of the output.
 */
final class StartupFailure extends RuntimeException {

    StartupFailure(String message) {
        super(message, null, false, false);
    }

    StartupFailure(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    String summary() {
        return getMessage().lines().findFirst().orElse(getMessage());
    }
}
