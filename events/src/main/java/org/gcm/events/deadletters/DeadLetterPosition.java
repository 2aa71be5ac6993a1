package org.gcm.events.deadletters;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a dead letter sits on the service's dead-letter topic; as text, its id: {@code <partition>-<offset>}. */
public record DeadLetterPosition(int partition, long offset) {

    /** The shape of a dead letter's id, also the path parameter's pattern. */
    public static final String ID_PATTERN = "[0-9]{1,9}-[0-9]{1,18}";
    /** The longest id the pattern allows. */
    public static final int ID_MAX_LENGTH = 28;

    private static final Pattern ID = Pattern.compile("([0-9]{1,9})-([0-9]{1,18})");

    public static Optional<DeadLetterPosition> parse(String id) {
        Matcher matcher = id == null ? null : ID.matcher(id);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DeadLetterPosition(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2))));
    }

    public String id() {
        return partition + "-" + offset;
    }
}
