package org.gcm.hub.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.Verification;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, String> {

    /** What a list of partners is narrowed to; {@code null} fields do not narrow. */
    public record Filter(Integer objective, String country, Verification verification, Boolean unEntity) {
    }

    /** Ordered by name. */
    public Page<Partner> list(Filter filter, Paging paging) {
        return new NativeFilter()
                .with(filter.objective(), "jsonb_path_exists(expertise, '$[*] ? (@.objective == $o)', "
                        + "jsonb_build_object('o', :objective))", "objective")
                .with(filter.country(), "countries @> jsonb_build_array(:country)", "country")
                .with(filter.verification() == null ? null : filter.verification().name(), "verification = :verification",
                        "verification")
                .with(filter.unEntity(), "un_entity = :un", "un")
                .page(getEntityManager(), "partner", "name, id", Partner.class, paging);
    }

    /** The partner, locked until the end of the transaction that changes its capacity. */
    public Partner forChange(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
