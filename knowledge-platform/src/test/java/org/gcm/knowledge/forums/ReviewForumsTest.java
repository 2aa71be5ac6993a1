package org.gcm.knowledge.forums;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.gcm.knowledge.domain.Kind;
import org.gcm.knowledge.domain.ReviewLevel;
import org.gcm.knowledge.domain.SubmitterType;
import org.gcm.knowledge.service.DirectPublication;
import org.gcm.knowledge.service.PracticeContent;
import org.gcm.knowledge.support.Practices;
import org.gcm.knowledge.support.Seeds;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Review-forum inputs: practices of kind REVIEW_INPUT naming their forum, listed per forum. */
@QuarkusTest
class ReviewForumsTest {

    @Inject
    DirectPublication publication;

    @Test
    void listsTheImrfAndTheRegionalReviewsOfTheFiveCommissions() {
        given().when().get("/forums")
                .then().statusCode(200)
                .body("total", equalTo(18))
                .body("items.find { it.id == 'imrf-2026' }.type", equalTo("IMRF"))
                .body("items.find { it.id == 'escwa-2028' }.commission", equalTo("ESCWA"))
                .body("items.find { it.id == 'eca-2020' }.year", equalTo(2020));
    }

    @Test
    void listsThePublishedInputsOfAForum() {
        String marker = Seeds.marker();
        Seeds.publish(publication, List.of(
                input("ece-2028", SubmitterType.MEMBER_STATE, ReviewLevel.NATIONAL, "National report " + marker),
                input("ece-2028", SubmitterType.STAKEHOLDER, ReviewLevel.LOCAL, "City report " + marker),
                input("imrf-2030", SubmitterType.UN, ReviewLevel.GLOBAL, "Network input " + marker)));
        String submitter = Practices.user(Practices.someone("submitter"));
        Map<String, Object> draft = new java.util.HashMap<>(Practices.content("en", "Draft input " + marker, "Not public.", 23));
        draft.put("kind", "REVIEW_INPUT");
        draft.put("forum", "ece-2028");
        draft.put("submitterType", "STAKEHOLDER");
        draft.put("level", "REGIONAL");
        String draftId = Practices.create(submitter, draft);

        given().when().get("/forums/ece-2028/inputs")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.forum", everyItem(equalTo("ece-2028")))
                .body("items.kind", everyItem(equalTo("REVIEW_INPUT")));
        given().when().get("/forums").then().body("items.find { it.id == 'ece-2028' }.inputs", equalTo(2));
        given().auth().oauth2(submitter).when().get("/practices/" + draftId)
                .then().body("forum", equalTo("ece-2028")).body("submitterType", equalTo("STAKEHOLDER")).body("level", equalTo("REGIONAL"));
        given().when().get("/forums/imrf-2030/inputs").then().body("total", equalTo(1));
        given().when().get("/forums/imrf-2019/inputs").then().statusCode(404).contentType("application/problem+json");
        // A forum that does not exist is refused on submission too.
        draft.put("forum", "imrf-2023");
        given().auth().oauth2(submitter).contentType(ContentType.JSON).body(draft).when().post("/practices")
                .then().statusCode(400).body("errors[0].field", equalTo("forum"));
    }

    private static PracticeContent input(String forum, SubmitterType submitter, ReviewLevel level, String title) {
        return new PracticeContent(Kind.REVIEW_INPUT, "en", Map.of("en", title), Map.of("en", "An input to the review."),
                null, List.of(23), List.of(), List.of("DEU"), List.of(), List.of(), List.of(), null, null, null, null,
                List.of(), null, null, forum, submitter, level);
    }
}
