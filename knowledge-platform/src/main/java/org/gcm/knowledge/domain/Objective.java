package org.gcm.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 23 objectives of the Global Compact; reference data, read-only. */
@Entity
@Table(name = "gcm_objective")
public class Objective {

    @Id
    public int number;

    @Column(name = "short_label", nullable = false, length = 80)
    public String shortLabel;

    @Column(nullable = false)
    public String title;
}
