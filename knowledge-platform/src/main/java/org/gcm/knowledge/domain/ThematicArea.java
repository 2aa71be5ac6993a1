package org.gcm.knowledge.domain;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A group of objectives that the start-up fund earmarks and balances allocations by. */
@Entity
@Table(name = "thematic_area")
public class ThematicArea {

    @Id
    @Column(length = 8)
    public String code;

    @Column(nullable = false)
    public String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "thematic_area_objective", joinColumns = @JoinColumn(name = "thematic_area_code"))
    @Column(name = "objective_number", nullable = false)
    @OrderBy
    public Set<Integer> objectives = new LinkedHashSet<>();
}
