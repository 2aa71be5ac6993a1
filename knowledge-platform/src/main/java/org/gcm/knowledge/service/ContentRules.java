package org.gcm.knowledge.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

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

    private final ReferenceData reference;

    public ContentRules(ReferenceData reference) {
        this.reference = reference;
    }

    /** Refuses content that breaks a rule, naming every field. */
    public void requireValid(PracticeContent content) {
        List<FieldError> errors = check(content);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    public List<FieldError> check(PracticeContent c) {
        List<FieldError> errors = new ArrayList<>();
        if (c == null) {
            errors.add(new FieldError("body", "NotNull", "must not be empty"));
            return errors;
        }
        if (c.kind() == null) {
            errors.add(new FieldError("kind", "NotNull", "must be one of PRACTICE, EVIDENCE, INITIATIVE, REVIEW_INPUT, TOOL"));
        }
        texts("title", c.title(), 300, errors);
        texts("summary", c.summary(), 4000, errors);
        if (c.originalLanguage() == null || UnLanguage.of(c.originalLanguage()).isEmpty()) {
            errors.add(new FieldError("originalLanguage", "un-language", "must be one of ar, zh, en, fr, ru, es"));
        } else if (c.title() != null && !c.title().containsKey(c.originalLanguage())) {
            errors.add(new FieldError("title", "original-language", "must have a text in the original language "
                    + c.originalLanguage()));
        }
        if (c.objectives() == null || c.objectives().isEmpty()) {
            errors.add(new FieldError("objectives", "Size", "must name at least one GCM objective (1 to 23)"));
        } else {
            for (int i = 0; i < c.objectives().size(); i++) {
                Integer o = c.objectives().get(i);
                if (o == null || !reference.isObjective(o)) {
                    errors.add(new FieldError("objectives[" + i + "]", "gcm-objective", "must be a GCM objective, 1 to 23"));
                }
            }
        }
        each("principles", c.principles(), reference::isPrinciple, "must be a guiding principle code such as human-rights", errors);
        each("countries", c.countries(), reference::isCountry, "must be an ISO 3166-1 alpha-3 code such as KEN", errors);
        each("regions", c.regions(), code -> reference.area(code).filter(a -> REGION_LEVELS.contains(a.level())).isPresent(),
                "must be a UN M49 region code such as 002", errors);
        if (c.timeframeStart() != null && c.timeframeEnd() != null && c.timeframeEnd().isBefore(c.timeframeStart())) {
            errors.add(new FieldError("timeframeEnd", "after-start", "must not be before timeframeStart"));
        }
        if (c.links() != null) {
            for (int i = 0; i < c.links().size(); i++) {
                String link = c.links().get(i);
                if (link == null || !(link.startsWith("https://") || link.startsWith("http://")) || link.length() > 2000) {
                    errors.add(new FieldError("links[" + i + "]", "url", "must be an http(s) URL"));
                }
            }
        }
        if (c.contact() != null && c.contact().email() != null && !c.contact().email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("contact.email", "Email", "must be an e-mail address"));
        }
        forumRules(c, errors);
        return errors;
    }

    private void forumRules(PracticeContent c, List<FieldError> errors) {
        boolean reviewInput = c.kind() == Kind.REVIEW_INPUT;
        if (reviewInput) {
            if (c.forum() == null || Forum.byId(c.forum()).isEmpty()) {
                errors.add(new FieldError("forum", "review-forum", "must be a review forum such as imrf-2026 or ece-2024 (see /forums)"));
            }
            if (c.submitterType() == null) {
                errors.add(new FieldError("submitterType", "NotNull", "must be MEMBER_STATE, STAKEHOLDER or UN"));
            }
            if (c.level() == null) {
                errors.add(new FieldError("level", "NotNull", "must be LOCAL, NATIONAL, REGIONAL or GLOBAL"));
            }
        } else if (c.forum() != null || c.submitterType() != null || c.level() != null) {
            errors.add(new FieldError("forum", "review-input-only", "forum, submitterType and level belong to review inputs only"));
        }
    }

    private static void texts(String field, Map<String, String> texts, int max, List<FieldError> errors) {
        if (texts == null || texts.isEmpty()) {
            errors.add(new FieldError(field, "NotEmpty", "must have a text in at least one UN language"));
            return;
        }
        texts.forEach((language, text) -> {
            if (UnLanguage.of(language).isEmpty()) {
                errors.add(new FieldError(field + "." + language, "un-language", "must be keyed by ar, zh, en, fr, ru or es"));
            } else if (text == null || text.isBlank()) {
                errors.add(new FieldError(field + "." + language, "NotBlank", "must not be blank"));
            } else if (text.length() > max) {
                errors.add(new FieldError(field + "." + language, "Size", "must be at most " + max + " characters"));
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
                errors.add(new FieldError(field + "[" + i + "]", "known-code", message));
            }
        }
    }
}
