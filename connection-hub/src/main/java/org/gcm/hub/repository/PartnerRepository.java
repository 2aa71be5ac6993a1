package org.gcm.hub.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.Verification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, String> {

    public record Filter(Integer objective, String country, Verification verification, Boolean unEntity) {
    }

    public record Slice(List<Partner> items, long total) {
    }

    public Slice list(Filter filter, int limit, int offset) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.objective() != null) {
            where.add("jsonb_path_exists(expertise, '$[*] ? (@.objective == $o)', jsonb_build_object('o', :objective))");
            parameters.put("objective", filter.objective());
        }
        if (filter.country() != null) {
            where.add("countries @> jsonb_build_array(:country)");
            parameters.put("country", filter.country());
        }
        if (filter.verification() != null) {
            where.add("verification = :verification");
            parameters.put("verification", filter.verification().name());
        }
        if (filter.unEntity() != null) {
            where.add("un_entity = :un");
            parameters.put("un", filter.unEntity());
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Query count = getEntityManager().createNativeQuery("select count(*) from partner" + clause);
        Query page = getEntityManager().createNativeQuery("select * from partner" + clause + " order by name, id",
                Partner.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Partner> items = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Slice(items, ((Number) count.getSingleResult()).longValue());
    }
}
