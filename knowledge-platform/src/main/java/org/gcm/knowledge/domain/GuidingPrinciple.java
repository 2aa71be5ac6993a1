package org.gcm.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the ten cross-cutting guiding principles (paragraph 15 of the Compact); reference data. */
@Entity
@Table(name = "guiding_principle")
public class GuidingPrinciple {

    @Id
    @Column(length = 40)
    public String code;

    @Column(nullable = false, length = 120)
    public String label;
}
