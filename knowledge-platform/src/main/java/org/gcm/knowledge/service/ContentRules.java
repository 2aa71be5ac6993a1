package org.gcm.knowledge.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.knowledge.domain.Forum;
import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.domain.UnLanguage;
import org.gcm.knowledge.repository.ReferenceDataRepository;
import org.gcm.problem.FieldError;

/**
 * The rules every practice's content must meet, whoever sends it (API, import, demo data, hub draft). Answers
 * the broken rules as field errors rather than throwing, so that an import can report them per row.
 */
@ApplicationScoped
public class ContentRules {

    private final ReferenceDataRepository reference;
    private volatile Set<String> principleCodes;
    private volatile Set<String> countryCodes;
    private volatile Set<String> regionCodes;

    public ContentRules(ReferenceDataRepository reference) {
        this.reference = reference;
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
                if (o == null || o < 1 || o > 23) {
                    errors.add(new FieldError("objectives[" + i + "]", "gcm-objective", "must be a GCM objective, 1 to 23"));
                }
            }
        }
        each("principles", c.principles(), principleCodes(), "must be a guiding principle code such as human-rights", errors);
        each("countries", c.countries(), countryCodes(), "must be an ISO 3166-1 alpha-3 code such as KEN", errors);
        each("regions", c.regions(), regionCodes(), "must be a UN M49 region code such as 002", errors);
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

    private static void each(String field, List<String> values, Set<String> allowed, String message, List<FieldError> errors) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || !allowed.contains(values.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "known-code", message));
            }
        }
    }

    private Set<String> principleCodes() {
        if (principleCodes == null) {
            principleCodes = new HashSet<>(reference.principles().stream().map(p -> p.code).toList());
        }
        return principleCodes;
    }

    private Set<String> countryCodes() {
        if (countryCodes == null) {
            countryCodes = new HashSet<>(reference.countries().stream().map(a -> a.iso3).toList());
        }
        return countryCodes;
    }

    private Set<String> regionCodes() {
        if (regionCodes == null) {
            regionCodes = new HashSet<>(reference.regions().stream().map(a -> a.code).toList());
        }
        return regionCodes;
    }
}
