package org.gcm.knowledge.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Why one row of an import was rejected. */
@Entity
@Table(name = "import_rejection")
public class ImportRejection {

    @Id
    public UUID id;

    @Column(name = "import_id", nullable = false)
    public UUID importId;

    @Column(name = "row_number", nullable = false)
    public int rowNumber;

    @Column(name = "source_id", length = 200)
    public String sourceId;

    @Column(nullable = false, length = 120)
    public String field;

    @Column(nullable = false, columnDefinition = "text")
    public String message;

    public static ImportRejection of(UUID importId, int row, String sourceId, String field, String message) {
        ImportRejection r = new ImportRejection();
        r.id = UUID.randomUUID();
        r.importId = importId;
        r.rowNumber = row;
        r.sourceId = sourceId;
        r.field = field;
        r.message = message;
        return r;
    }
}
