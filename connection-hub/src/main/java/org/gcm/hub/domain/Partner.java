package org.gcm.hub.domain;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An organisation in the partner registry: a UN entity or a non-UN organisation (para 43 (a)(ii)). */
@Entity
@Table(name = "partner")
public class Partner {

    /** Also the {@code partner_id} claim of the organisation's users, e.g. {@code PRT-IOM}. */
    @Id
    public String id;

    public String name;

    public String acronym;

    @Column(name = "un_entity")
    public boolean unEntity;

    /** IATI organisation type code (../shared/reference/iati-codes.tsv): 40 multilateral, 21 international NGO, ... */
    @Column(name = "organisation_type")
    public int organisationType;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Expertise> expertise;

    /** ISO 3166-1 alpha-3 codes of the countries where it operates. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> countries;

    /** ISO 639-1 codes of its working languages. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> languages;

    /** How many engagements it can carry at once. */
    public int capacity;

    @Column(name = "active_engagements")
    public int activeEngagements;

    /** Engagements it has seen through to completion: its track record. */
    @Column(name = "completed_engagements")
    public int completedEngagements;

    @Enumerated(EnumType.STRING)
    public Verification verification;

    public String website;

    /** Part of the demo registry, not a real record. */
    public boolean demo;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public int freeCapacity() {
        return Math.max(0, capacity - activeEngagements);
    }
}
