package org.gcm.knowledge.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.UnLanguage;

/**
 * Writes what a submitter wrote ({@link PracticeContent}, already checked by {@link ContentRules}) onto a practice:
 * the same for the API, imports, demo data and drafts from hub requests. Regions also get the M49 regions of the
 * countries named, so that a search by region finds practices tagged only with a country.
 */
@ApplicationScoped
public class ContentWriter {

    private final Geography geography;

    public ContentWriter(Geography geography) {
        this.geography = geography;
    }

    /** A new practice in {@code status} with the content written; not yet persisted. */
    public Practice newPractice(String submittedBy, PracticeContent content, PracticeStatus status, OffsetDateTime at) {
        Practice p = new Practice();
        p.id = UUID.randomUUID();
        p.submittedBy = submittedBy;
        p.createdAt = at;
        p.year = at.getYear();
        write(p, content, at);
        p.status = status;
        return p;
    }

    /** Replaces the practice's content with {@code c}. */
    public void write(Practice p, PracticeContent c, OffsetDateTime at) {
        p.kind = c.kind();
        p.originalLanguage = c.originalLanguage();
        p.titles = new LinkedHashMap<>(c.title());
        p.summaries = new LinkedHashMap<>(c.summary());
        Set<String> languages = new LinkedHashSet<>(c.title().keySet());
        languages.addAll(c.summary().keySet());
        p.languages = UnLanguage.of(c.originalLanguage()).isPresent()
                ? languages.stream().sorted().collect(Collectors.toCollection(ArrayList::new)) : new ArrayList<>();
        p.body = c.body();
        p.objectives = new ArrayList<>(new LinkedHashSet<>(c.objectives()));
        p.principles = distinct(c.principles());
        p.countries = distinct(c.countries());
        Set<String> regions = new LinkedHashSet<>(distinct(c.regions()));
        p.countries.forEach(country -> regions.addAll(geography.regionsOf(country)));
        p.regions = new ArrayList<>(regions);
        p.organisations = distinct(c.organisations());
        p.partners = distinct(c.partners());
        p.timeframeStart = c.timeframeStart();
        p.timeframeEnd = c.timeframeEnd();
        p.results = c.results();
        p.lessonsLearned = c.lessonsLearned();
        p.links = distinct(c.links());
        p.contactName = c.contact() == null ? null : c.contact().name();
        p.contactEmail = c.contact() == null ? null : c.contact().email();
        p.contactPublicationConsent = c.contact() != null && c.contact().publishable();
        p.licence = c.licence();
        p.forum = c.forum();
        p.submitterType = c.submitterType();
        p.level = c.level();
        p.updatedAt = at;
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }
}
