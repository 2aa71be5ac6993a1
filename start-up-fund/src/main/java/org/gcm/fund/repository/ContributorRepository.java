package org.gcm.fund.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.Contributor;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ContributorRepository implements PanacheRepositoryBase<Contributor, String> {

    /** Every contributor, or only {@code only} when the caller acts for one; by id. */
    public Page<Contributor> page(Optional<String> only, Paging paging) {
        return Where.page(only.isPresent() ? find("id", Sort.by("id"), only.get()) : findAll(Sort.by("id")), paging);
    }

    public List<Contributor> byName() {
        return listAll(Sort.by("name"));
    }
}
