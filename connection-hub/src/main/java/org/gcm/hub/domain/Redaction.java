package org.gcm.hub.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gcm.lifecycle.Actor;

/**
 * Blanks out of free text (comments, correspondence, the request's own text) what identifies a request's focal
 * points: their names (whole, and each part of two letters or more, since "Ms Torres" names her too), e-mails and
 * phones. The people a text may name are not known otherwise; the focal points are the ones the request holds.
 */
public final class Redaction {

    /** What stands where personal data was. */
    public static final String ERASED = "[erased]";

    private final List<Pattern> patterns;

    private Redaction(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    public static Redaction of(List<FocalPoint> focalPoints) {
        Set<String> words = new LinkedHashSet<>();
        for (FocalPoint person : focalPoints == null ? List.<FocalPoint>of() : focalPoints) {
            add(words, person.email());
            add(words, person.phone());
            add(words, person.name());
            if (person.name() != null) {
                for (String part : person.name().split("[\\s,.]+")) {
                    if (part.codePointCount(0, part.length()) >= 2) {
                        words.add(part);
                    }
                }
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        // Longest first, so that a full name goes before its parts.
        words.stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(word -> patterns.add(
                Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        return new Redaction(patterns);
    }

    /** The text with every identifying word replaced by {@link #ERASED}; {@code null} stays {@code null}. */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (Pattern pattern : patterns) {
            redacted = pattern.matcher(redacted).replaceAll(Matcher.quoteReplacement(ERASED));
        }
        return redacted;
    }

    /** The marker that replaces a person in a history line or an author field; the fund's system lines stay. */
    public static String actor(String actor, String role) {
        return Actor.SYSTEM_ROLE.equals(role) ? actor : ERASED;
    }

    private static void add(Set<String> words, String value) {
        if (value != null && !value.isBlank()) {
            words.add(value.strip());
        }
    }
}
