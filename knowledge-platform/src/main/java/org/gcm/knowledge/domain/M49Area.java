package org.gcm.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A UN M49 area: the world, a region, a subregion, an intermediate region or a country; reference data. */
@Entity
@Table(name = "m49_area")
public class M49Area {

    @Id
    @Column(length = 3)
    public String code;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(nullable = false, length = 20)
    public String level;

    @Column(name = "parent_code", length = 3)
    public String parentCode;

    @Column(length = 3)
    public String iso3;

    public boolean isCountry() {
        return "COUNTRY".equals(level);
    }
}
