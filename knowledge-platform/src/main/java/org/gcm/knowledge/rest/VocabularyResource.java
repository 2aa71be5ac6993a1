package org.gcm.knowledge.rest;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.knowledge.rest.opendata.LinkedData;
import org.gcm.knowledge.rest.opendata.SkosVocabularies;
import org.gcm.knowledge.service.PublishedPractices;
import org.gcm.reference.ReferenceData;
import org.gcm.refusals.NotFound;

/**
 * The objectives and guiding principles as SKOS concept schemes in JSON-LD, with stable, dereferenceable URIs:
 * {@code <base>/vocabularies/objectives/6}, {@code <base>/vocabularies/principles/human-rights}.
 */
@Path("/vocabularies")
@Produces(LinkedData.MEDIA_TYPE)
@PermitAll
@SecurityRequirements
@Tag(name = "Open data")
@APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer")
public class VocabularyResource {

    private static final String CONCEPT_EXAMPLE = """
            {"@context": {"skos": "http://www.w3.org/2004/02/skos/core#"}, "@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/objectives/6",
             "@type": "skos:Concept", "skos:notation": "6", "skos:prefLabel": {"@value": "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work", "@language": "en"},
             "skos:inScheme": {"@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/objectives"}}""";

    private final ReferenceData reference;
    private final PublishedPractices published;

    public VocabularyResource(ReferenceData reference, PublishedPractices published) {
        this.reference = reference;
        this.published = published;
    }

    @GET
    @Path("/objectives")
    @Operation(operationId = "getObjectivesVocabulary", summary = "The 23 objectives as a SKOS concept scheme (JSON-LD)")
    @APIResponse(responseCode = "200", description = "The concept scheme and its concepts", content = @Content(mediaType = LinkedData.MEDIA_TYPE,
            examples = @ExampleObject(name = "scheme", value = """
                    {"@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/objectives", "@type": "skos:ConceptScheme",
                     "@graph": [{"@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/objectives/1", "@type": "skos:Concept", "skos:notation": "1"}]}""")))
    public Map<String, Object> objectives() {
        return SkosVocabularies.objectives(published.publicBaseUrl(), reference.objectives());
    }

    @GET
    @Path("/objectives/{number}")
    @Operation(operationId = "getObjectiveConcept", summary = "One objective as a SKOS concept (JSON-LD)")
    @APIResponse(responseCode = "200", description = "The concept", content = @Content(mediaType = LinkedData.MEDIA_TYPE,
            examples = @ExampleObject(name = "concept", value = CONCEPT_EXAMPLE)))
    public Map<String, Object> objective(@PathParam("number") @Min(1) @Max(23) int number) {
        return reference.objective(number).map(o -> SkosVocabularies.objective(published.publicBaseUrl(), o))
                .orElseThrow(() -> NotFound.of("objective", number));
    }

    @GET
    @Path("/principles")
    @Operation(operationId = "getPrinciplesVocabulary", summary = "The ten guiding principles as a SKOS concept scheme (JSON-LD)")
    @APIResponse(responseCode = "200", description = "The concept scheme and its concepts", content = @Content(mediaType = LinkedData.MEDIA_TYPE,
            examples = @ExampleObject(name = "scheme", value = """
                    {"@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/principles", "@type": "skos:ConceptScheme",
                     "@graph": [{"@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/principles/human-rights", "@type": "skos:Concept"}]}""")))
    public Map<String, Object> principles() {
        return SkosVocabularies.principles(published.publicBaseUrl(), ReferenceDataResource.principlesByLabel(reference));
    }

    @GET
    @Path("/principles/{code}")
    @Operation(operationId = "getPrincipleConcept", summary = "One guiding principle as a SKOS concept (JSON-LD)")
    @APIResponse(responseCode = "200", description = "The concept", content = @Content(mediaType = LinkedData.MEDIA_TYPE,
            examples = @ExampleObject(name = "concept", value = CONCEPT_EXAMPLE)))
    public Map<String, Object> principle(@PathParam("code") @Size(max = 40) @Pattern(regexp = "[a-z-]+") String code) {
        return reference.principle(code).map(p -> SkosVocabularies.principle(published.publicBaseUrl(), p))
                .orElseThrow(() -> new NotFound("There is no guiding principle " + code + "."));
    }
}
