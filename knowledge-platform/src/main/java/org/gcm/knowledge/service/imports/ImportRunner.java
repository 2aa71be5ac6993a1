package org.gcm.knowledge.service.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.gcm.caller.Roles;
import org.gcm.knowledge.config.KnowledgeConfig;
import org.gcm.knowledge.domain.ImportRejection;
import org.gcm.knowledge.domain.ImportState;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeImport;
import org.gcm.knowledge.repository.ImportRejectionRepository;
import org.gcm.knowledge.repository.PracticeImportRepository;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.knowledge.service.ContentRules;
import org.gcm.knowledge.service.DirectPublication;
import org.gcm.knowledge.service.PracticeLifecycle;
import org.gcm.lifecycle.Actor;
import org.gcm.refusals.FieldError;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs imports one at a time in the background. Semantics: every row is checked by the same rules as the API;
 * rows that break a rule (or repeat a source id of the same batch) are rejected and reported with the reason;
 * all the valid rows are written in ONE transaction, which commits at the end. A row whose source id was imported
 * before updates that practice instead of adding one. If writing fails, that transaction rolls back: nothing of
 * the batch is imported, and the import is FAILED with the cause. Progress (rows done) is written in separate
 * short transactions so that it can be read while the import runs.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final int PROGRESS_EVERY = 20;

    private final PracticeImportRepository imports;
    private final ImportRejectionRepository rejections;
    private final PracticeRepository practices;
    private final ContentRules rules;
    private final DirectPublication publication;
    private final PracticeLifecycle lifecycle;
    private final ObjectMapper json;
    private final long pauseMillisPerRow;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "practice-import"));

    public ImportRunner(PracticeImportRepository imports, ImportRejectionRepository rejections,
            PracticeRepository practices, ContentRules rules, DirectPublication publication,
            PracticeLifecycle lifecycle, ObjectMapper json, KnowledgeConfig config) {
        this.imports = imports;
        this.rejections = rejections;
        this.practices = practices;
        this.rules = rules;
        this.publication = publication;
        this.lifecycle = lifecycle;
        this.json = json;
        this.pauseMillisPerRow = config.imports().pausePerRowMs();
    }

    /** After a restart: imports cut short are FAILED (their transaction never committed); queued ones run. */
    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> imports.inState(ImportState.RUNNING).forEach(id -> fail(id,
                "interrupted by a restart of the service; nothing of it was imported")));
        QuarkusTransaction.requiringNew().call(() -> imports.inState(ImportState.QUEUED)).forEach(this::runLater);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    public void runLater(UUID id) {
        worker.submit(() -> run(id));
    }

    void run(UUID id) {
        if (!QuarkusTransaction.requiringNew().call(() -> imports.claim(id))) {
            return;
        }
        LOG.infof("Import %s RUNNING", id);
        try {
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> importAll(id));
            LOG.infof("Import %s SUCCEEDED", id);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Import %s FAILED; nothing of it was imported", id);
            QuarkusTransaction.requiringNew().run(() -> fail(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private void importAll(UUID id) {
        PracticeImport batch = imports.findById(id);
        List<ImportRows.Row> rows = ImportRows.read(batch.format, batch.content, json);
        List<ImportRejection> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Integer> rejectedRows = new HashSet<>();
        int created = 0;
        int updated = 0;
        int done = 0;
        // Only editors start imports; the worker has no caller, so the history names the one who started it.
        Actor editor = new Actor(batch.startedBy, Roles.EDITOR);
        String reason = "imported from " + batch.source;
        for (ImportRows.Row row : rows) {
            List<FieldError> errors = new ArrayList<>();
            if (row.sourceId() == null || row.sourceId().isBlank() || row.sourceId().length() > 200) {
                errors.add(new FieldError("sourceId", "NotBlank", "must be the record's id in the source (at most 200 characters)"));
            } else if (!seen.add(row.sourceId())) {
                errors.add(new FieldError("sourceId", "unique", "appears more than once in this batch; only its first row is imported"));
            }
            if (!row.readable()) {
                errors.add(new FieldError(row.field(), "readable", row.problem()));
            } else {
                errors.addAll(rules.check(row.content()));
            }
            if (errors.isEmpty()) {
                DirectPublication.Origin rowOrigin = new DirectPublication.Origin(editor, reason, false, batch.source,
                        row.sourceId(), batch.retrievedAt);
                Practice existing = practices.bySource(batch.source, row.sourceId()).orElse(null);
                if (existing == null) {
                    publication.publishNew(row.content(), rowOrigin);
                    created++;
                } else {
                    publication.republish(existing, row.content(), rowOrigin);
                    updated++;
                }
            } else {
                rejectedRows.add(row.number());
                errors.forEach(e -> rejected.add(ImportRejection.of(id, row.number(), row.sourceId(), e.field(), e.message())));
            }
            done++;
            pause();
            if (done % PROGRESS_EVERY == 0) {
                int progress = done;
                QuarkusTransaction.requiringNew().run(() -> imports.progress(id, progress));
            }
        }
        rejections.persist(rejected);
        PracticeImport finished = imports.findById(id);
        finished.rowsDone = rows.size();
        finished.createdCount = created;
        finished.updatedCount = updated;
        finished.rejectedCount = rejectedRows.size();
        finished.state = ImportState.SUCCEEDED;
        finished.finishedAt = lifecycle.now();
    }

    private void fail(UUID id, String why) {
        imports.findByIdOptional(id).ifPresent(batch -> {
            batch.state = ImportState.FAILED;
            batch.failure = why;
            batch.createdCount = 0;
            batch.updatedCount = 0;
            batch.finishedAt = lifecycle.now();
        });
        LOG.infof("Import %s FAILED", id);
    }

    private void pause() {
        if (pauseMillisPerRow > 0) {
            try {
                Thread.sleep(pauseMillisPerRow);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Import interrupted", e);
            }
        }
    }
}
