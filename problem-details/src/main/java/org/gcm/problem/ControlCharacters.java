package org.gcm.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Control characters (U+0000 to U+001F and U+007F, but tab, line feed and carriage return) have no place in the
 * text of our resources; PostgreSQL refuses NUL outright, which used to end in a 500.
 */
public final class ControlCharacters {

    /** The rule a refused value is reported under. */
    public static final String RULE = "no-control-characters";
    public static final String MESSAGE = "must not contain control characters (U+0000 to U+001F or U+007F, "
            + "except tab, line feed and carriage return)";

    private ControlCharacters() {
    }

    public static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** The refusal of a body value, with the parser's position, so that the field is named. */
    static Refused refusal(JsonParser parser) {
        return new Refused(parser);
    }

    /** A JSON value with control characters; {@link JsonProblems} names its field and {@link #RULE}. */
    static final class Refused extends MismatchedInputException {

        Refused(JsonParser parser) {
            super(parser, MESSAGE, String.class);
        }
    }
}
