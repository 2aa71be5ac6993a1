package org.gcm.hub.domain;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A practice published by the knowledge platform, as its PracticePublished event described it (read model). */
@Entity
@Table(name = "published_practice")
public class PublishedPractice {

    @Id
    @Column(name = "practice_id")
    public String practiceId;

    public String kind;

    public String title;

    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Integer> objectives;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "guiding_principles")
    public List<String> guidingPrinciples;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> countries;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> regions;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> organisations;

    @Column(name = "source_request_id")
    public String sourceRequestId;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
