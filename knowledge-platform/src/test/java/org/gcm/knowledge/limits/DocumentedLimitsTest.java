package org.gcm.knowledge.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The OpenAPI document says the limits the server enforces: lengths, list sizes, patterns, required fields. */
@QuarkusTest
class DocumentedLimitsTest {

    @Test
    void thePracticeInputDeclaresItsRequiredFieldsAndEveryLimit() {
        String content = "components.schemas.PracticeContent.";
        document()
                .body(content + "required", hasItems("kind", "originalLanguage", "title", "summary", "objectives"))
                .body(content + "properties.title.additionalProperties.maxLength", equalTo(300))
                .body(content + "properties.summary.additionalProperties.maxLength", equalTo(4000))
                .body(content + "properties.body.maxLength", equalTo(50_000))
                .body(content + "properties.organisations.maxItems", equalTo(50))
                .body(content + "properties.organisations.items.maxLength", equalTo(200))
                .body(content + "properties.links.items.maxLength", equalTo(2000))
                .body(content + "properties.countries.items.pattern", equalTo("[A-Z]{3}"))
                .body(content + "properties.licence.maxLength", equalTo(60))
                .body("components.schemas.Contact.properties.name.maxLength", equalTo(200))
                .body("components.schemas.Contact.required", hasItems("publicationConsent"))
                .body("paths.'/practices'.post.requestBody.required", equalTo(true));
    }

    @Test
    void reviewInputsAndQueryParametersDeclareTheirLimits() {
        document()
                .body("components.schemas.AssignmentInput.properties.reviewer.maxLength", equalTo(255))
                .body("components.schemas.DeclarationInput.required", hasItems("conflict"))
                .body("components.schemas.ReasonInput.properties.reason.maxLength", equalTo(4000))
                .body("paths.'/practices/{id}/reject'.post.requestBody.required", equalTo(true))
                .body("paths.'/practices'.get.parameters.find { it.name == 'country' }.schema.maxItems", equalTo(50))
                .body("paths.'/practices'.get.parameters.find { it.name == 'country' }.schema.items.pattern", equalTo("[A-Z]{3}"))
                .body("paths.'/practices'.get.parameters.find { it.name == 'q' }.schema.maxLength", equalTo(500))
                .body("paths.'/imports'.post.parameters.find { it.name == 'source' }.schema.maxLength", equalTo(120));
    }

    private static ValidatableResponse document() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
    }
}
