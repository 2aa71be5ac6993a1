package org.gcm.fund.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A Member State, UN entity, financial institution, company or foundation that gives to the fund. */
@Entity
public class Contributor {

    /** The fund's id, also the {@code contributor_id} claim of the contributor's users and donor portal. */
    @Id
    public String id;

    public String name;

    /** IATI organisation type code (10 government, 40 multilateral, 60 foundation, 70 private sector, ...). */
    @Column(name = "organisation_type")
    public String organisationType;

    /** ISO 3166-1 alpha-3, for governments and where relevant. */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String country;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Contact> contacts = new ArrayList<>();

    public boolean demo;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
