package org.gcm.knowledge.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.ImportFormat;
import org.gcm.knowledge.domain.ImportRejection;
import org.gcm.knowledge.domain.ImportState;
import org.gcm.knowledge.domain.PracticeImport;
import org.gcm.knowledge.mapping.ImportRows;
import org.gcm.knowledge.repository.ImportRepository;
import org.gcm.problem.ProblemException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Accepts import batches from editors; {@link ImportRunner} does the work in the background. */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ImportRepository imports;
    private final ObjectMapper json;

    public ImportService(ImportRepository imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    /** An import with its rejected rows. */
    public record Report(PracticeImport batch, List<ImportRejection> rejections) {
    }

    @Transactional
    public PracticeImport accept(Actor editor, String source, OffsetDateTime retrievedAt, ImportFormat format, String content) {
        if (source == null || !source.matches("[a-z0-9][a-z0-9.-]{0,119}")) {
            throw ProblemException.invalidField("source", "Pattern", "must name the source in lower case, e.g. gfmd-pfp");
        }
        if (retrievedAt == null) {
            throw ProblemException.invalidField("retrievedAt", "NotNull", "must say when the batch was retrieved (ISO 8601)");
        }
        int rows;
        try {
            rows = ImportRows.read(format, content == null ? "" : content, json).size();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("body", "import-format", e.getMessage());
        }
        PracticeImport batch = new PracticeImport();
        batch.id = UUID.randomUUID();
        batch.source = source;
        batch.retrievedAt = retrievedAt;
        batch.format = format;
        batch.state = ImportState.QUEUED;
        batch.rowsTotal = rows;
        batch.content = content;
        batch.startedBy = editor.subject();
        batch.createdAt = PracticeService.now();
        imports.persist(batch);
        LOG.infof("Import %s of %d %s rows from %s QUEUED", batch.id, rows, format, source);
        return batch;
    }

    @Transactional
    public Report report(UUID id) {
        PracticeImport batch = imports.find(id).orElseThrow(() -> ProblemException.notFound("No import " + id + "."));
        return new Report(batch, imports.rejections(id));
    }
}
