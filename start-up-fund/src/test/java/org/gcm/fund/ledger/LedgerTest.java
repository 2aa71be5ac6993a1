package org.gcm.fund.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.service.ledger.Ledger;
import org.gcm.fund.service.ledger.Leg;
import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.LedgerAudit;
import org.gcm.fund.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The books: balanced double entries, balances derived from them, and no overdraft even under concurrent approvals. */
@QuarkusTest
class LedgerTest {

    @Inject
    LedgerAudit audit;

    @Inject
    PoolBalances balances;

    @Inject
    Ledger ledger;

    @Inject
    EntityManager em;

    @Test
    void aDepositIsOneBalancedMovementIntoItsPoolLessTheAdministrativeAgentFee() {
        FundApi.fundCountry("ISL", "100000.00");
        FundApi.pool("COUNTRY:ISL")
                .body("contributions.amount", equalTo("100000.00"))
                .body("administrativeAgentFees.amount", equalTo("1000.00"))
                .body("available.amount", equalTo("99000.00"))
                .body("reserved.amount", equalTo("0.00"));
        given().auth().oauth2(Tokens.fundManager()).when().get("/ledger/pools/COUNTRY:ISL/entries")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.account", org.hamcrest.Matchers.hasItems("AVAILABLE", "CONTRIBUTIONS", "ADMINISTRATIVE_AGENT_FEES"));
        assertEquals(List.of(), audit.inconsistentPools());
        assertEquals(List.of(), audit.unbalancedMovements());
    }

    @Test
    void manyApprovalsAtOnceAgainstOnePoolNeverReserveMoreThanIsThere() throws Exception {
        String country = "BRA";
        FundApi.fundCountry(country, "1000000.00");
        int applications = 16;
        List<String> grants = new ArrayList<>();
        for (int i = 0; i < applications; i++) {
            grants.add(FundApi.underReview(country, "100000.00", List.of(11)));
        }
        List<String> candidates = List.of("THEMATIC_AREA:TA3", "OBJECTIVE:11", "COUNTRY:" + country, "UNEARMARKED");
        BigDecimal before = candidates.stream().map(FundApi::available).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cost = new BigDecimal("107000.00");
        int fundable = before.divide(cost, 0, RoundingMode.DOWN).min(BigDecimal.valueOf(applications)).intValue();

        ExecutorService threads = Executors.newFixedThreadPool(applications);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        String token = Tokens.steeringCommittee();
        for (String grant : grants) {
            outcomes.add(threads.submit(() -> {
                start.await();
                return given().auth().oauth2(token).contentType("application/json").body("{}")
                        .when().post("/grants/" + grant + "/approve")
                        .then().statusCode(200).extract().<String>path("status");
            }));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            statuses.add(outcome.get(120, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertEquals(fundable, statuses.stream().filter("APPROVED"::equals).count(), statuses.toString());
        assertEquals(applications - fundable, statuses.stream().filter("PIPELINE"::equals).count(), statuses.toString());
        List<UUID> ids = grants.stream().map(UUID::fromString).toList();
        BigDecimal reserved = candidates.stream().map(pool -> audit.reservedIn(pool, ids)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, reserved.compareTo(cost.multiply(BigDecimal.valueOf(fundable))), "reserved " + reserved);
        assertTrue(reserved.compareTo(before) <= 0, "reservations " + reserved + " within the deposits " + before);
        for (String pool : candidates) {
            assertTrue(FundApi.available(pool).signum() >= 0, pool + " is not negative");
        }
        assertEquals(List.of(), audit.inconsistentPools());
        assertEquals(List.of(), audit.unbalancedMovements());

        // Leave no pipeline behind for other tests' pools.
        for (int i = 0; i < grants.size(); i++) {
            if ("PIPELINE".equals(statuses.get(i))) {
                FundApi.reject(grants.get(i), "Test over");
            }
        }
    }

    @Test
    void theDatabaseItselfRefusesAnOverdraftAndAnUnbalancedMovement() {
        FundApi.fundCountry("FJI", "1000.00");
        Map<Account, BigDecimal> overdraft = new EnumMap<>(Account.class);
        overdraft.put(Account.AVAILABLE, new BigDecimal("-5000.00"));
        overdraft.put(Account.TRANSFERS, new BigDecimal("5000.00"));
        assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> balances.apply("COUNTRY:FJI", overdraft)));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> ledger.post(
                new Ledger.About(LedgerTransaction.Kind.INTEREST, java.time.LocalDate.now(), "unbalanced", null, null, null, null),
                List.of(Leg.debit("COUNTRY:FJI", Account.AVAILABLE, BigDecimal.ONE)))));
        // Even written by hand, an unbalanced movement does not commit, and entries cannot be edited.
        UUID movement = UUID.randomUUID();
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into ledger_transaction (id, kind, value_date, recorded_at, description) "
                    + "values (?1, 'INTEREST', current_date, now(), 'by hand')").setParameter(1, movement).executeUpdate();
            em.createNativeQuery("insert into ledger_entry (transaction_id, pool, account, debit) values (?1, 'COUNTRY:FJI', 'AVAILABLE', 10)")
                    .setParameter(1, movement).executeUpdate();
        }));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update ledger_entry set debit = debit + 1 where pool = 'COUNTRY:FJI'").executeUpdate()));
        FundApi.pool("COUNTRY:FJI").body("available.amount", equalTo("990.00"));
        assertEquals(List.of(), audit.inconsistentPools());
    }

    @Test
    void interestIsASourceOfTheUnearmarkedPool() {
        BigDecimal before = FundApi.available("UNEARMARKED");
        given().auth().oauth2(Tokens.fundManager()).contentType("application/json")
                .body(Map.of("amount", FundApi.usd("0.42"), "earnedOn", "2026-11-30"))
                .when().post("/ledger/interest")
                .then().statusCode(201);
        assertEquals(before.add(new BigDecimal("0.42")), FundApi.available("UNEARMARKED"));
        given().auth().oauth2(Tokens.fundManager()).contentType("application/json")
                .body(Map.of("amount", FundApi.money("1.00", "EUR"), "earnedOn", "2026-11-30"))
                .when().post("/ledger/interest")
                .then().statusCode(400);
        assertEquals(List.of(), audit.inconsistentPools());
    }
}
