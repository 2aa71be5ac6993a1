package org.gcm.hub.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Advice, information requests and the assessment with its decision (para 43 (a)(i)). */
@QuarkusTest
class AssessmentTest {

    @Test
    void startingTheAssessmentAcknowledgesTheRequest() {
        String id = Hub.submitted("MEX");
        Hub.act(Tokens.secretariat(), id, "assess", Map.of("comment", "Received, thank you"))
                .statusCode(200).body("status", equalTo("UNDER_ASSESSMENT")).body("assessmentStartedAt", notNullValue());
        Hub.act(Tokens.secretariat(), id, "assess", null).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theSecretariatAsksForInformationAndTheAnswerReturnsTheRequestToAssessment() {
        String id = Hub.underAssessment("MEX");
        Hub.act(Tokens.secretariat(), id, "request-information", Map.of("text", "Which states are covered?"))
                .statusCode(200).body("status", equalTo("INFORMATION_REQUESTED"));
        // While information is requested the requester may edit the content.
        Map<String, Object> body = Bodies.request("MEX");
        body.put("description", "Centres in Chiapas, Oaxaca and Guerrero giving pre-departure training.");
        given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON).body(body)
                .when().put("/requests/" + id).then().statusCode(200);
        Hub.act(Tokens.memberState("MEX"), id, "provide-information", Map.of("text", "Chiapas, Oaxaca and Guerrero."))
                .statusCode(200).body("status", equalTo("UNDER_ASSESSMENT"));
        Hub.act(Tokens.memberState("MEX"), id, "provide-information", Map.of("text", "again")).statusCode(409);
        Hub.get(Tokens.memberState("MEX"), "/requests/" + id + "/correspondence").statusCode(200)
                .body("kind", equalTo(List.of("INFORMATION_REQUEST", "INFORMATION_RESPONSE")))
                .body("text[1]", containsString("Oaxaca")).body("role", equalTo(List.of("secretariat", "member-state")));
        Hub.get(Tokens.secretariat(), "/requests/" + id + "/history").statusCode(200)
                .body("to", hasItem("INFORMATION_REQUESTED"));
    }

    @Test
    void anInformationRequestNeedsQuestions() {
        String id = Hub.underAssessment("MEX");
        Hub.act(Tokens.secretariat(), id, "request-information", Map.of("text", " ")).statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void adviceIsRecordedWithoutMovingTheRequest() {
        String id = Hub.submitted("MEX");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("text", "Consider adding objective 18 on skills recognition."))
                .when().post("/requests/" + id + "/advice")
                .then().statusCode(201).body("kind", equalTo("ADVICE")).body("author", equalTo("secretariat-officer"));
        Hub.get(Tokens.memberState("MEX"), "/requests/" + id).statusCode(200).body("status", equalTo("SUBMITTED"));
        Hub.get(Tokens.memberState("MEX"), "/requests/" + id + "/correspondence").statusCode(200)
                .body("text[0]", containsString("objective 18"));
    }

    @Test
    void acceptanceRecordsTheScoresDecisionAndRationale() {
        String id = Hub.underAssessment("MEX");
        Hub.act(Tokens.secretariat(), id, "accept", Bodies.assessment())
                .statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("assessment.decision", equalTo("ACCEPTED"))
                .body("assessment.scores.criterion", equalTo(List.of("relevance", "national-ownership",
                        "feasibility", "sustainability")))
                .body("assessment.scores.score", equalTo(List.of(4, 4, 4, 4)))
                .body("assessment.rationale", containsString("Relevant"))
                .body("assessment.assessedBy", equalTo("secretariat-officer"));
    }

    @Test
    void aDeclineKeepsItsRationaleForTheRequester() {
        String id = Hub.underAssessment("MEX");
        Hub.act(Tokens.secretariat(), id, "decline", Bodies.assessment()).statusCode(200)
                .body("status", equalTo("DECLINED"));
        Hub.get(Tokens.memberState("MEX"), "/requests/" + id).statusCode(200)
                .body("assessment.decision", equalTo("DECLINED")).body("assessment.rationale", notNullValue());
        Hub.act(Tokens.secretariat(), id, "accept", Bodies.assessment()).statusCode(409);
    }

    @Test
    void everyConfiguredCriterionMustBeScoredWithinTheScale() {
        String id = Hub.underAssessment("MEX");
        Map<String, Object> partial = Map.of("rationale", "Too short", "scores",
                List.of(Map.of("criterion", "relevance", "score", 6), Map.of("criterion", "charisma", "score", 3)));
        Hub.act(Tokens.secretariat(), id, "accept", partial).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("scores[0].score")).body("errors.field", hasItem("scores[1].criterion"));
        Map<String, Object> missing = Map.of("rationale", "Only one", "scores",
                List.of(Map.of("criterion", "relevance", "score", 3)));
        Hub.act(Tokens.secretariat(), id, "accept", missing).statusCode(400)
                .body("errors.message", hasItem(containsString("feasibility")));
        Hub.get(Tokens.secretariat(), "/requests/" + id).body("status", equalTo("UNDER_ASSESSMENT"));
    }

    @Test
    void acceptanceNeedsTheAssessmentState() {
        String id = Hub.submitted("MEX");
        Hub.act(Tokens.secretariat(), id, "accept", Bodies.assessment()).statusCode(409)
                .body("detail", containsString("UNDER_ASSESSMENT"));
    }
}
