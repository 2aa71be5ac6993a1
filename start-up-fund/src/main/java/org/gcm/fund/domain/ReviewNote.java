package org.gcm.fund.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reviewer's note on an application; notes are kept, never edited. */
@Entity
@Table(name = "review_note")
public class ReviewNote {

    @Id
    public UUID id;

    @Column(name = "grant_id")
    public UUID grantId;

    public String author;

    @Column(name = "author_role")
    public String authorRole;

    public String text;

    @Column(name = "written_at")
    public OffsetDateTime writtenAt;
}
