package org.gcm.localstack;

/** Why something failed, as the operator reads it on the terminal: the message, and its cause's first line. */
final class FailureReason {

    private FailureReason() {
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getName();
        }
        // A StartupFailure's message already says why; its cause would only repeat it.
        if (e.getCause() != null && !(e instanceof StartupFailure) && e.getCause().getMessage() != null
                && !message.contains(e.getCause().getMessage())) {
            message += " (" + e.getCause().getMessage().lines().findFirst().orElse("") + ")";
        }
        return message;
    }
}
