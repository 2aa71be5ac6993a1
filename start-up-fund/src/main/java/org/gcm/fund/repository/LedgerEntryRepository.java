package org.gcm.fund.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.LedgerEntry;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

    /** A page of the pool's entries, newest first. */
    public Page<LedgerEntry> page(String pool, Paging paging) {
        return Where.page(find("pool", Sort.descending("id"), pool), paging);
    }

    /** The entries of these movements, in the order they were written. */
    public List<LedgerEntry> ofTransactions(Collection<UUID> transactionIds) {
        return transactionIds.isEmpty() ? List.of()
                : list("transactionId in ?1", Sort.by("id"), transactionIds);
    }
}
