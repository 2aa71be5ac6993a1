package org.gcm.knowledge.service.imports;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.ImportFormat;
import org.gcm.knowledge.domain.ImportRejection;
import org.gcm.knowledge.domain.ImportState;
import org.gcm.knowledge.domain.PracticeImport;
import org.gcm.knowledge.repository.ImportRejectionRepository;
import org.gcm.knowledge.repository.PracticeImportRepository;
import org.gcm.knowledge.service.PracticeAccess;
import org.gcm.knowledge.service.PracticeLifecycle;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.NotFound;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Accepts import batches from editors; {@link ImportRunner} does the work in the background. */
@ApplicationScoped
public class ImportService {

    /** The rows of one batch: a few MB of practices, imported in one transaction. */
    public static final int MAX_ROWS = 1000;

    /** A source's records are not older than the web; a retrieval is not in the future. */
    private static final OffsetDateTime FIRST_RETRIEVAL = OffsetDateTime.parse("1990-01-01T00:00:00Z");

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final PracticeImportRepository imports;
    private final ImportRejectionRepository rejections;
    private final PracticeAccess access;
    private final PracticeLifecycle lifecycle;
    private final ObjectMapper json;

    public ImportService(PracticeImportRepository imports, ImportRejectionRepository rejections, PracticeAccess access,
            PracticeLifecycle lifecycle, ObjectMapper json) {
        this.imports = imports;
        this.rejections = rejections;
        this.access = access;
        this.lifecycle = lifecycle;
        this.json = json;
    }

    /** An import with its rejected rows. */
    public record Report(PracticeImport batch, List<ImportRejection> rejections) {
    }

    /**
     * Checks the batch can be read and queues it.
     *
     * @param retrievedAt when the batch was retrieved from the source, ISO 8601 with offset
     */
    @Transactional
    public PracticeImport accept(String source, String retrievedAt, ImportFormat format, String content) {
        OffsetDateTime retrieved = retrievedAt(retrievedAt);
        if (source == null || !source.matches("[a-z0-9][a-z0-9.-]{0,119}")) {
            throw InvalidInput.of("source", "Pattern", "must name the source in lower case, e.g. gfmd-pfp");
        }
        int rows;
        try {
            rows = ImportRows.read(format, content == null ? "" : content, json).size();
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("body", "import-format", e.getMessage());
        }
        if (rows > MAX_ROWS) {
            throw InvalidInput.of("body", "Size", "must hold at most " + MAX_ROWS + " rows; it holds " + rows
                    + ": split the batch");
        }
        PracticeImport batch = new PracticeImport();
        batch.id = UUID.randomUUID();
        batch.source = source;
        batch.retrievedAt = retrieved;
        batch.format = format;
        batch.state = ImportState.QUEUED;
        batch.rowsTotal = rows;
        batch.content = content;
        batch.startedBy = access.subject();
        batch.createdAt = lifecycle.now();
        imports.persist(batch);
        LOG.infof("Import %s of %d %s rows from %s QUEUED", batch.id, rows, format, source);
        return batch;
    }

    @Transactional
    public Report report(UUID id) {
        PracticeImport batch = imports.findByIdOptional(id).orElseThrow(() -> NotFound.of("import", id));
        return new Report(batch, rejections.of(id));
    }

    private OffsetDateTime retrievedAt(String value) {
        if (value == null) {
            throw InvalidInput.of("retrievedAt", "NotNull", "must say when the batch was retrieved (ISO 8601)");
        }
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("retrievedAt", "date-time", "must be an ISO 8601 date-time with offset");
        }
        if (at.isBefore(FIRST_RETRIEVAL) || at.isAfter(lifecycle.now().plusDays(1))) {
            throw InvalidInput.of("retrievedAt", "plausible-date", "must be a date-time from 1990 until now");
        }
        return at;
    }
}
