package org.gcm.knowledge.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.repository.PracticeRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The published repository, read a page at a time (newest first) so that exports of any size stream without
 * holding the whole repository in memory. Each page is read in its own short transaction.
 */
@ApplicationScoped
public class PublishedPractices {

    private static final int PAGE = 500;

    private final PracticeRepository practices;

    public PublishedPractices(PracticeRepository practices) {
        this.practices = practices;
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

    /** The newest published practices, at most {@code limit}. */
    public List<Practice> newest(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> practices.published(null, null, limit));
    }
}
