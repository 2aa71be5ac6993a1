package org.gcm.knowledge.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.gcm.knowledge.domain.Forum;
import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.domain.UnLanguage;
import org.gcm.reference.M49Level;
import org.gcm.reference.ReferenceData;
import org.gcm.refusals.FieldError;
import org.gcm.refusals.InvalidInput;

/**
 * The rules every practice's content must meet, whoever sends it (API, import, demo data, hub draft). Answers
 * the broken rules as field errors rather than throwing, so that an import can report them per row. Pure: the
 * code lists come from the shared reference data, so plain unit tests can check it.
 */
@ApplicationScoped
public class ContentRules {

    /** The M49 levels a practice's {@code regions} may name: not the world, not countries. */
    private static final Set<M49Level> REGION_LEVELS = Set.of(M49Level.REGION, M49Level.SUBREGION,
            M49Level.INTERMEDIATE_REGION);

    /** The years a practice's timeframe may name: migration practice as the Compact knows it, not year 0. */
    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2100;

    private final ReferenceData reference;
    private final Validator validator;

    public ContentRules(ReferenceData reference, Validator validator) {
        this.reference = reference;
        this.validator = validator;
    }

    /** Refuses content that breaks a rule, naming every field. */
    public void requireValid(PracticeContent content) {
        List<FieldError> errors = check(content);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /**
     * Every broken rule, one error per field: first the declared limits of {@link PracticeContent} (the API checks
     * them before this, imports and drafts only here), then the rules over the reference data.
     */
    public List<FieldError> check(PracticeContent c) {
        List<FieldError> errors = new ArrayList<>();
        if (c == null) {
            errors.add(new FieldError("body", "NotNull", "must not be empty"));
            return errors;
        }
        validator.validate(c).stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath()), ruleOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .forEach(e -> add(errors, e));
        texts("title", c.title(), errors);
        texts("summary", c.summary(), errors);
        if (c.originalLanguage() != null && UnLanguage.of(c.originalLanguage()).isPresent() && c.title() != null
                && !c.title().isEmpty() && !c.title().containsKey(c.originalLanguage())) {
            add(errors, new FieldError("title", "original-language", "must have a text in the original language "
                    + c.originalLanguage()));
        }
        if (c.objectives() != null) {
            for (int i = 0; i < c.objectives().size(); i++) {
                Integer o = c.objectives().get(i);
                if (o == null || !reference.isObjective(o)) {
                    add(errors, new FieldError("objectives[" + i + "]", "gcm-objective", "must be a GCM objective, 1 to 23"));
                }
            }
        }
        each("principles", c.principles(), reference::isPrinciple, "must be a guiding principle code such as human-rights", errors);
        each("countries", c.countries(), reference::isCountry, "must be an ISO 3166-1 alpha-3 code such as KEN", errors);
        each("regions", c.regions(), code -> reference.area(code).filter(a -> REGION_LEVELS.contains(a.level())).isPresent(),
                "must be a UN M49 region code such as 002", errors);
        plausible("timeframeStart", c.timeframeStart(), errors);
        plausible("timeframeEnd", c.timeframeEnd(), errors);
        if (c.timeframeStart() != null && c.timeframeEnd() != null && c.timeframeEnd().isBefore(c.timeframeStart())) {
            add(errors, new FieldError("timeframeEnd", "after-start", "must not be before timeframeStart"));
        }
        if (c.links() != null) {
            for (int i = 0; i < c.links().size(); i++) {
                String link = c.links().get(i);
                if (link == null || !(link.startsWith("https://") || link.startsWith("http://"))) {
                    add(errors, new FieldError("links[" + i + "]", "url", "must be an http(s) URL"));
                }
            }
        }
        contactRules(c.contact(), errors);
        forumRules(c, errors);
        return errors;
    }

    private static void contactRules(PracticeContent.Contact contact, List<FieldError> errors) {
        if (contact == null) {
            return;
        }
        if (blank(contact.name()) && blank(contact.email())) {
            add(errors, new FieldError("contact", "NotEmpty", "must give a name or an e-mail address"));
        }
        if (contact.email() != null && !contact.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            add(errors, new FieldError("contact.email", "Email", "must be an e-mail address"));
        }
    }

    private static void plausible(String field, LocalDate date, List<FieldError> errors) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            add(errors, new FieldError(field, "plausible-date", "must be a date from " + FIRST_YEAR + " to " + LAST_YEAR));
        }
    }

    private void forumRules(PracticeContent c, List<FieldError> errors) {
        boolean reviewInput = c.kind() == Kind.REVIEW_INPUT;
        if (reviewInput) {
            if (c.forum() == null || Forum.byId(c.forum()).isEmpty()) {
                add(errors, new FieldError("forum", "review-forum", "must be a review forum such as imrf-2026 or ece-2024 (see /forums)"));
            }
            if (c.submitterType() == null) {
                add(errors, new FieldError("submitterType", "NotNull", "must be MEMBER_STATE, STAKEHOLDER or UN"));
            }
            if (c.level() == null) {
                add(errors, new FieldError("level", "NotNull", "must be LOCAL, NATIONAL, REGIONAL or GLOBAL"));
            }
        } else if (c.forum() != null || c.submitterType() != null || c.level() != null) {
            add(errors, new FieldError("forum", "review-input-only", "forum, submitterType and level belong to review inputs only"));
        }
    }

    /** The language keys of a title or summary (their texts' limits are declared on {@link PracticeContent}). */
    private static void texts(String field, Map<String, String> texts, List<FieldError> errors) {
        if (texts == null) {
            return;
        }
        texts.keySet().forEach(language -> {
            if (language == null || UnLanguage.of(language).isEmpty()) {
                add(errors, new FieldError(field + "." + language, "un-language", "must be keyed by ar, zh, en, fr, ru or es"));
            }
        });
    }

    private static void each(String field, List<String> values, Predicate<String> known, String message,
            List<FieldError> errors) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || !known.test(values.get(i))) {
                add(errors, new FieldError(field + "[" + i + "]", "known-code", message));
            }
        }
    }

    /** Adds an error unless its field already has one: one reason per field is enough to correct it. */
    private static void add(List<FieldError> errors, FieldError error) {
        if (errors.stream().noneMatch(e -> e.field().equals(error.field()))) {
            errors.add(error);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The field as the client wrote it: {@code contact.name}, {@code links[0]}, {@code title.en}. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else {
                    field.append('.').append(node.getKey());
                }
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    private static String ruleOf(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
