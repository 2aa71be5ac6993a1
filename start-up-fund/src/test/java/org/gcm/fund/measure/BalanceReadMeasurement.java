package org.gcm.fund.measure;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not a test: a measurement, run by hand with {@code -DledgerMeasurement=true}. It grows the ledger to 10,000 and then
 * 100,000 entries (balanced deposits of one dollar into one pool, the balance row moved with them, as the ledger does)
 * and prints p50/p95 of reading the pool's balance and the public key figures over HTTP.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "ledgerMeasurement", matches = "true")
class BalanceReadMeasurement {

    private static final String POOL = "COUNTRY:AND";

    @Inject
    EntityManager em;

    @Test
    void balanceReadsDoNotGrowWithTheLedger() {
        FundApi.fundCountry("AND", "100.00");
        int entries = ((Number) QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select count(*) from ledger_entry").getSingleResult())).intValue();
        for (int target : new int[] { 10_000, 100_000 }) {
            grow((target - entries) / 2);
            entries = target;
            System.out.printf("ledger_entry rows ~%d: pool balance %s; key figures %s%n", target,
                    measure("/ledger/pools/" + POOL, Tokens.fundManager()), measure("/figures", null));
        }
    }

    private void grow(int movements) {
        if (movements <= 0) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    create temporary table generated on commit drop as
                    select gen_random_uuid() as id from generate_series(1, ?1)""").setParameter(1, movements).executeUpdate();
            em.createNativeQuery("""
                    insert into ledger_transaction (id, kind, value_date, recorded_at, description)
                    select id, 'DEPOSIT', current_date, now(), 'generated' from generated""").executeUpdate();
            em.createNativeQuery("""
                    insert into ledger_entry (transaction_id, pool, account, debit, credit)
                    select id, ?1, 'AVAILABLE', 1, 0 from generated
                    union all select id, ?1, 'CONTRIBUTIONS', 0, 1 from generated""").setParameter(1, POOL).executeUpdate();
            em.createNativeQuery("update pool_balance set available = available + ?1, contributions = contributions + ?1 where pool = ?2")
                    .setParameter(1, movements).setParameter(2, POOL).executeUpdate();
        });
    }

    private static String measure(String path, String token) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            long start = System.nanoTime();
            (token == null ? given() : given().auth().oauth2(token)).when().get(path).then().statusCode(200);
            if (i >= 100) {
                micros.add((System.nanoTime() - start) / 1000);
            }
        }
        Collections.sort(micros);
        return String.format("p50 %.2f ms, p95 %.2f ms", micros.get(micros.size() / 2) / 1000.0,
                micros.get(micros.size() * 95 / 100) / 1000.0);
    }
}
