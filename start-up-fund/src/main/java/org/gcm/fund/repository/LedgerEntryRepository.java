package org.gcm.fund.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.LedgerEntry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

    /** The pool's latest {@code count} entries, newest first. */
    public List<LedgerEntry> latest(String pool, int count) {
        return find("pool", Sort.descending("id"), pool).range(0, count - 1).list();
    }
}
