package org.gcm.hub.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Advice, a question or an answer exchanged between the secretariat and the requester. */
@Entity
@Table(name = "request_correspondence")
public class Correspondence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    public CorrespondenceKind kind;

    public String author;

    @Column(name = "author_role")
    public String authorRole;

    @Column(name = "written_at")
    public OffsetDateTime writtenAt;

    public String text;
}
