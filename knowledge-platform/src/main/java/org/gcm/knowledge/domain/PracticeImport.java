package org.gcm.knowledge.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A batch of practices from another source, imported in the background; its progress and outcome. */
@Entity
@Table(name = "practice_import")
public class PracticeImport {

    @Id
    public UUID id;

    @Column(nullable = false, length = 120)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ImportFormat format;

    @Column(name = "retrieved_at", nullable = false)
    public OffsetDateTime retrievedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ImportState state;

    @Column(name = "rows_total", nullable = false)
    public int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    public int rowsDone;

    @Column(name = "created_count", nullable = false)
    public int createdCount;

    @Column(name = "updated_count", nullable = false)
    public int updatedCount;

    @Column(name = "rejected_count", nullable = false)
    public int rejectedCount;

    @Column(columnDefinition = "text")
    public String failure;

    /** The batch as it was posted; read by the background worker. */
    @Column(nullable = false, columnDefinition = "text")
    public String content;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Version
    public long version;
}
