package org.gcm.knowledge.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.knowledge.config.KnowledgeConfig;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.repository.PracticeRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The published repository as open data: read a page at a time (newest first) so that exports of any size stream
 * without holding the whole repository in memory, each page in its own short transaction; and the public address
 * its stable URIs are made from.
 */
@ApplicationScoped
public class PublishedPractices {

    private static final int PAGE = 500;

    private final PracticeRepository practices;
    private final KnowledgeConfig config;

    public PublishedPractices(PracticeRepository practices, KnowledgeConfig config) {
        this.practices = practices;
        this.config = config;
    }

    /** Hands each published practice, mapped inside the read transaction, to {@code sink}, newest first. */
    public <T> void forEach(Function<Practice, T> mapping, Consumer<T> sink) {
        OffsetDateTime before = null;
        UUID beforeId = null;
        while (true) {
            OffsetDateTime t = before;
            UUID i = beforeId;
            List<Practice> page = QuarkusTransaction.requiringNew().call(() -> practices.published(t, i, PAGE));
            page.forEach(p -> sink.accept(mapping.apply(p)));
            if (page.size() < PAGE) {
                return;
            }
            Practice last = page.get(page.size() - 1);
            before = last.publishedAt;
            beforeId = last.id;
        }
    }

    /** The newest published practices, as many as the feed lists ({@code knowledge.feed.size}). */
    public List<Practice> newest() {
        return QuarkusTransaction.requiringNew().call(() -> practices.published(null, null, config.feed().size()));
    }

    /** The API's public address (through the gateway): the base of the catalogue's, vocabularies' and feed's URIs. */
    public String publicBaseUrl() {
        return config.publicBaseUrl();
    }
}
