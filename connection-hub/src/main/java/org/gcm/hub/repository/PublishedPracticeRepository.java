package org.gcm.hub.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.hub.domain.PublishedPractice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PublishedPracticeRepository implements PanacheRepositoryBase<PublishedPractice, String> {
}
