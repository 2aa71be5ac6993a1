package org.gcm.fund.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.LedgerTransaction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LedgerTransactionRepository implements PanacheRepositoryBase<LedgerTransaction, UUID> {
}
