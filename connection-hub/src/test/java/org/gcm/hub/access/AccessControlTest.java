package org.gcm.hub.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.oneOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.gcm.caller.Roles;
import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what (DESIGN.md section 5), for every endpoint: no token 401; a role that may not call it 403;
 * a member state of another country, or another partner, 404 without the data; the allowed callers get through.
 */
@QuarkusTest
class AccessControlTest {

    private static final String MS = Roles.MEMBER_STATE;
    private static final String SEC = Roles.SECRETARIAT;
    private static final String PRT = Roles.PARTNER;

    /** What the endpoint is scoped by: a country's request, a partner's engagement, or nothing. */
    enum Scope { REQUEST, ENGAGEMENT, NONE }

    record Endpoint(String method, String path, Set<String> allowed, Scope scope, Object body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A MEX request with an engagement proposed to one partner, shared by all the checks. */
    private static Fixture fixture;

    record Fixture(String request, String partner, String otherPartner, String engagement) {
    }

    private static Fixture fixture() {
        if (fixture == null) {
            String request = Hub.accepted("MEX");
            String partner = Hub.partner(Map.of(6, 5), List.of("MEX"), 3);
            String other = Hub.partner(Map.of(6, 5), List.of("MEX"), 3);
            fixture = new Fixture(request, partner, other, Hub.propose(request, partner, "LEAD"));
        }
        return fixture;
    }

    private static List<Endpoint> endpoints() {
        Map<String, Object> request = Bodies.request("MEX");
        Map<String, Object> text = Map.of("text", "Some text");
        Map<String, Object> profile = Bodies.partnerProfile("Profile", Map.of(6, 3), List.of("MEX"), List.of("en"), 2);
        return List.of(
                new Endpoint("POST", "/requests", Set.of(MS), Scope.NONE, request),
                new Endpoint("GET", "/requests", Set.of(MS, SEC), Scope.NONE, null),
                new Endpoint("GET", "/requests/{r}", Set.of(MS, SEC), Scope.REQUEST, null),
                new Endpoint("PUT", "/requests/{r}", Set.of(MS), Scope.REQUEST, request),
                new Endpoint("GET", "/requests/{r}/history", Set.of(MS, SEC), Scope.REQUEST, null),
                new Endpoint("POST", "/requests/{r}/submit", Set.of(MS), Scope.REQUEST, null),
                new Endpoint("POST", "/requests/{r}/withdraw", Set.of(MS), Scope.REQUEST, null),
                new Endpoint("POST", "/requests/{r}/provide-information", Set.of(MS), Scope.REQUEST, text),
                new Endpoint("POST", "/requests/{r}/complete", Set.of(MS), Scope.REQUEST, null),
                new Endpoint("POST", "/requests/{r}/assess", Set.of(SEC), Scope.REQUEST, null),
                new Endpoint("POST", "/requests/{r}/request-information", Set.of(SEC), Scope.REQUEST, text),
                new Endpoint("POST", "/requests/{r}/accept", Set.of(SEC), Scope.REQUEST, Bodies.assessment()),
                new Endpoint("POST", "/requests/{r}/decline", Set.of(SEC), Scope.REQUEST, Bodies.assessment()),
                new Endpoint("POST", "/requests/{r}/advice", Set.of(SEC), Scope.REQUEST, text),
                new Endpoint("GET", "/requests/{r}/correspondence", Set.of(MS, SEC), Scope.REQUEST, null),
                new Endpoint("POST", "/requests/{r}/request-funding", Set.of(SEC), Scope.REQUEST, Hub.funding()),
                new Endpoint("GET", "/requests/{r}/partner-matches", Set.of(SEC), Scope.REQUEST, null),
                new Endpoint("GET", "/requests/{r}/similar-initiatives", Set.of(MS, SEC), Scope.REQUEST, null),
                new Endpoint("POST", "/requests/{r}/engagements", Set.of(SEC), Scope.REQUEST,
                        Map.of("partnerId", "PRT-NONE", "role", "TECHNICAL")),
                new Endpoint("GET", "/requests/{r}/engagements", Set.of(MS, SEC), Scope.REQUEST, null),
                new Endpoint("GET", "/requests/awaiting-fund-answer", Set.of(SEC), Scope.NONE, null),
                new Endpoint("POST", "/requests/{r}/erase-personal-data", Set.of(SEC), Scope.REQUEST, null),
                new Endpoint("POST", "/partners", Set.of(SEC), Scope.NONE, Bodies.newPartner("PRT-ACL", profile, true)),
                new Endpoint("GET", "/partners", Set.of(MS, SEC, PRT), Scope.NONE, null),
                new Endpoint("GET", "/partners/{p}", Set.of(MS, SEC, PRT), Scope.NONE, null),
                new Endpoint("PUT", "/partners/{p}", Set.of(SEC, PRT), Scope.NONE, profile),
                new Endpoint("POST", "/partners/{p}/verify", Set.of(SEC), Scope.NONE, null),
                new Endpoint("POST", "/partners/{p}/suspend", Set.of(SEC), Scope.NONE, null),
                new Endpoint("GET", "/engagements", Set.of(SEC, PRT), Scope.NONE, null),
                new Endpoint("GET", "/engagements/{e}", Set.of(SEC, PRT), Scope.ENGAGEMENT, null),
                new Endpoint("POST", "/engagements/{e}/accept", Set.of(PRT), Scope.ENGAGEMENT, null),
                new Endpoint("POST", "/engagements/{e}/decline", Set.of(PRT), Scope.ENGAGEMENT, null));
    }

    @TestFactory
    Stream<DynamicTest> withoutATokenEveryEndpointAnswers401() {
        return endpoints().stream().map(e -> DynamicTest.dynamicTest(e.toString(), () ->
                call(given(), e).then().statusCode(401).contentType("application/problem+json")));
    }

    @TestFactory
    Stream<DynamicTest> aRoleThatMayNotCallAnEndpointGets403() {
        Map<String, String> tokens = Map.of(MS, Tokens.memberState("MEX"), SEC, Tokens.secretariat(),
                PRT, Tokens.partner(fixture().partner()), "fund-manager", Tokens.fundManager(), "donor", Tokens.donor());
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            tokens.forEach((role, token) -> {
                if (!e.allowed().contains(role)) {
                    tests.add(DynamicTest.dynamicTest(role + " -> " + e, () ->
                            call(given().auth().oauth2(token), e).then().statusCode(403)
                                    .contentType("application/problem+json")));
                }
            });
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> anotherCountrysRequestAnswers404WithoutItsData() {
        return endpoints().stream().filter(e -> e.scope() == Scope.REQUEST && e.allowed().contains(MS))
                .map(e -> DynamicTest.dynamicTest(e.toString(), () ->
                        call(given().auth().oauth2(Tokens.memberState("PHL")), e).then().statusCode(404)
                                .contentType("application/problem+json")
                                .body(not(containsString("Labour migration")))));
    }

    @TestFactory
    Stream<DynamicTest> anotherPartnersEngagementAnswers404() {
        return endpoints().stream().filter(e -> e.scope() == Scope.ENGAGEMENT)
                .map(e -> DynamicTest.dynamicTest(e.toString(), () ->
                        call(given().auth().oauth2(Tokens.partner(fixture().otherPartner())), e).then().statusCode(404)
                                .contentType("application/problem+json")));
    }

    @TestFactory
    Stream<DynamicTest> theAllowedCallersReadWhatTheyMaySee() {
        return endpoints().stream().filter(e -> e.method().equals("GET")).flatMap(e -> e.allowed().stream()
                .map(role -> DynamicTest.dynamicTest(role + " -> " + e, () -> {
                    String token = role.equals(MS) ? Tokens.memberState("MEX")
                            : role.equals(SEC) ? Tokens.secretariat() : Tokens.partner(fixture().partner());
                    call(given().auth().oauth2(token), e).then().statusCode(200);
                })));
    }

    @TestFactory
    Stream<DynamicTest> aMemberStateNeverListsAnotherCountrysRequests() {
        return Stream.of(DynamicTest.dynamicTest("GET /requests as PHL", () -> {
            String mex = fixture().request();
            given().auth().oauth2(Tokens.memberState("PHL")).queryParam("limit", 200).when().get("/requests")
                    .then().statusCode(200).body("items.id", not(org.hamcrest.Matchers.hasItem(mex)))
                    .body("items.country", org.hamcrest.Matchers.everyItem(equalTo("PHL")));
            given().auth().oauth2(Tokens.memberState("PHL")).queryParam("country", "MEX").when().get("/requests")
                    .then().statusCode(200).body("total", oneOf(0));
        }));
    }

    private static io.restassured.response.Response call(RequestSpecification spec, Endpoint e) {
        Fixture f = fixture();
        String path = e.path().replace("{r}", f.request()).replace("{p}", f.partner()).replace("{e}", f.engagement());
        if (e.body() != null) {
            spec = spec.contentType(ContentType.JSON).body(e.body());
        }
        return spec.request(e.method(), path);
    }
}
