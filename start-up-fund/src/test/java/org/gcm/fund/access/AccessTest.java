package org.gcm.fund.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gcm.fund.support.Tokens;
import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call what (DESIGN.md section 5), for every endpoint: the allowed roles get past security, every other role
 * gets 403, no token gets 401; the public figures need no token. Ownership (another contributor's or country's data:
 * 404) is proven in each feature's test.
 */
@QuarkusTest
class AccessTest {

    private static final String DONOR = "donor";
    private static final String FUND_MANAGER = "fund-manager";
    private static final String STEERING = "steering-committee";
    private static final String MEMBER_STATE = "member-state";
    private static final String SECRETARIAT = "secretariat";
    private static final List<String> ROLES = List.of(DONOR, FUND_MANAGER, STEERING, MEMBER_STATE, SECRETARIAT);

    record Endpoint(String method, String path, Set<String> allowed) {
    }

    private static final String ID = UUID.randomUUID().toString();

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/contributors", Set.of(FUND_MANAGER)),
            new Endpoint("GET", "/contributors", Set.of(FUND_MANAGER, STEERING, DONOR)),
            new Endpoint("GET", "/contributors/CTR-X", Set.of(FUND_MANAGER, STEERING, DONOR)),
            new Endpoint("GET", "/contributors/CTR-X/statement", Set.of(FUND_MANAGER, STEERING, DONOR)),
            new Endpoint("POST", "/contributions", Set.of(DONOR, FUND_MANAGER)),
            new Endpoint("GET", "/contributions", Set.of(DONOR, FUND_MANAGER, STEERING)),
            new Endpoint("GET", "/contributions/" + ID, Set.of(DONOR, FUND_MANAGER, STEERING)),
            new Endpoint("GET", "/contributions/" + ID + "/history", Set.of(DONOR, FUND_MANAGER, STEERING)),
            new Endpoint("POST", "/contributions/" + ID + "/commit", Set.of(DONOR, FUND_MANAGER)),
            new Endpoint("POST", "/contributions/" + ID + "/cancel", Set.of(DONOR, FUND_MANAGER)),
            new Endpoint("POST", "/contributions/" + ID + "/deposits", Set.of(FUND_MANAGER)),
            new Endpoint("GET", "/contributions/" + ID + "/deposits/" + ID, Set.of(DONOR, FUND_MANAGER, STEERING)),
            new Endpoint("GET", "/ledger/pools", Set.of(FUND_MANAGER, STEERING)),
            new Endpoint("GET", "/ledger/pools/UNEARMARKED", Set.of(FUND_MANAGER, STEERING)),
            new Endpoint("GET", "/ledger/pools/UNEARMARKED/entries", Set.of(FUND_MANAGER, STEERING)),
            new Endpoint("GET", "/ledger/transactions", Set.of(FUND_MANAGER, STEERING)),
            new Endpoint("GET", "/ledger/transactions/" + ID, Set.of(FUND_MANAGER, STEERING)),
            new Endpoint("POST", "/ledger/interest", Set.of(FUND_MANAGER)),
            new Endpoint("POST", "/grants", Set.of(FUND_MANAGER)),
            new Endpoint("GET", "/grants", Set.of(FUND_MANAGER, STEERING, MEMBER_STATE)),
            new Endpoint("GET", "/grants/" + ID, Set.of(FUND_MANAGER, STEERING, MEMBER_STATE)),
            new Endpoint("GET", "/grants/" + ID + "/history", Set.of(FUND_MANAGER, STEERING, MEMBER_STATE)),
            new Endpoint("POST", "/grants/" + ID + "/markers", Set.of(FUND_MANAGER)),
            new Endpoint("POST", "/grants/" + ID + "/screen", Set.of(FUND_MANAGER)),
            new Endpoint("POST", "/grants/" + ID + "/start-review", Set.of(FUND_MANAGER)),
            new Endpoint("POST", "/grants/" + ID + "/notes", Set.of(FUND_MANAGER, STEERING)),
            new Endpoint("GET", "/grants/" + ID + "/notes", Set.of(FUND_MANAGER, STEERING)),
            new Endpoint("POST", "/grants/" + ID + "/approve", Set.of(STEERING)),
            new Endpoint("POST", "/grants/" + ID + "/reject", Set.of(STEERING)),
            new Endpoint("POST", "/grants/" + ID + "/tranches", Set.of(FUND_MANAGER)),
            new Endpoint("GET", "/grants/" + ID + "/tranches", Set.of(FUND_MANAGER, STEERING, MEMBER_STATE)),
            new Endpoint("GET", "/grants/" + ID + "/tranches/1", Set.of(FUND_MANAGER, STEERING, MEMBER_STATE)),
            new Endpoint("POST", "/grants/" + ID + "/tranches/1/disburse", Set.of(FUND_MANAGER)),
            new Endpoint("POST", "/grants/" + ID + "/close", Set.of(FUND_MANAGER)),
            new Endpoint("POST", "/grants/" + ID + "/follow-on-funding", Set.of(FUND_MANAGER)),
            new Endpoint("GET", "/grants/" + ID + "/follow-on-funding", Set.of(FUND_MANAGER, STEERING, MEMBER_STATE)));

    private static final List<String> PUBLIC = List.of("/figures", "/figures/contributors", "/figures/thematic-areas",
            "/figures/leverage", "/figures/key-figures.csv");

    @Test
    void everyEndpointLetsInItsRolesRefusesTheOthersAndNeedsAToken() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(DONOR, Tokens.donor("CTR-X"));
        tokens.put(FUND_MANAGER, Tokens.fundManager());
        tokens.put(STEERING, Tokens.steeringCommittee());
        tokens.put(MEMBER_STATE, Tokens.memberState("KEN"));
        tokens.put(SECRETARIAT, Tokens.secretariat());
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            int anonymous = call(given(), endpoint);
            if (anonymous != 401) {
                wrong.add(endpoint + " without a token: " + anonymous);
            }
            for (String role : ROLES) {
                int status = call(given().auth().oauth2(tokens.get(role)), endpoint);
                boolean allowed = endpoint.allowed().contains(role);
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + role + ": " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void thePublicFiguresNeedNoTokenAndAcceptAnyCaller() {
        for (String path : PUBLIC) {
            assertEquals(200, given().when().get(path).statusCode(), path);
            assertEquals(200, given().auth().oauth2(TestTokens.of("someone").sign()).when().get(path).statusCode(), path);
        }
        assertTrue(given().when().post("/figures").statusCode() >= 400);
    }

    private static int call(RequestSpecification request, Endpoint endpoint) {
        return "GET".equals(endpoint.method()) ? request.when().get(endpoint.path()).statusCode()
                : request.contentType("application/json").body("{}").when().post(endpoint.path()).statusCode();
    }
}
