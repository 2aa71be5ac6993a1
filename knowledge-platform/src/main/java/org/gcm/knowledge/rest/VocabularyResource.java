package org.gcm.knowledge.rest;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
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
import org.gcm.knowledge.config.KnowledgeConfig;
import org.gcm.knowledge.mapping.LinkedData;
import org.gcm.knowledge.repository.ReferenceDataRepository;
import org.gcm.problem.ProblemException;

/**
 * The objectives and guiding principles as SKOS concept schemes in JSON-LD, with stable, dereferenceable URIs:
 * {@code <base>/vocabularies/objectives/6}, {@code <base>/vocabularies/principles/human-rights}.
 */
@Path("/vocabularies")
@Produces(LinkedData.MEDIA_TYPE)
@PermitAll
@SecurityRequirements
@Tag(name = "Open data")
public class VocabularyResource {

    private static final String CONCEPT_EXAMPLE = """
            {"@context": {"skos": "http://www.w3.org/2004/02/skos/core#"}, "@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/objectives/6",
             "@type": "skos:Concept", "skos:notation": "6", "skos:prefLabel": {"@value": "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work", "@language": "en"},
             "skos:inScheme": {"@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/objectives"}}""";

    private final ReferenceDataRepository reference;
    private final KnowledgeConfig config;

    public VocabularyResource(ReferenceDataRepository reference, KnowledgeConfig config) {
        this.reference = reference;
        this.config = config;
    }

    @GET
    @Path("/objectives")
    @Transactional
    @Operation(operationId = "getObjectivesVocabulary", summary = "The 23 objectives as a SKOS concept scheme (JSON-LD)")
    @APIResponse(responseCode = "200", description = "The concept scheme and its concepts", content = @Content(mediaType = LinkedData.MEDIA_TYPE,
            examples = @ExampleObject(name = "scheme", value = """
                    {"@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/objectives", "@type": "skos:ConceptScheme",
                     "@graph": [{"@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/objectives/1", "@type": "skos:Concept", "skos:notation": "1"}]}""")))
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
    public Map<String, Object> objectives() {
        String base = config.publicBaseUrl();
        return LinkedData.scheme(LinkedData.objectivesScheme(base), "Objectives of the Global Compact for Migration",
                "The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (resolution 73/195).",
                reference.objectives().stream().map(o -> LinkedData.objectiveConcept(base, o)).toList());
    }

    @GET
    @Path("/objectives/{number}")
    @Transactional
    @Operation(operationId = "getObjectiveConcept", summary = "One objective as a SKOS concept (JSON-LD)")
    @APIResponse(responseCode = "200", description = "The concept", content = @Content(mediaType = LinkedData.MEDIA_TYPE,
            examples = @ExampleObject(name = "concept", value = CONCEPT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such objective", content = @Content(mediaType = Problems.JSON))
    public Map<String, Object> objective(@PathParam("number") int number) {
        return reference.objective(number).map(o -> LinkedData.concept(LinkedData.objectiveConcept(config.publicBaseUrl(), o)))
                .orElseThrow(() -> ProblemException.notFound("No objective " + number + "."));
    }

    @GET
    @Path("/principles")
    @Transactional
    @Operation(operationId = "getPrinciplesVocabulary", summary = "The ten guiding principles as a SKOS concept scheme (JSON-LD)")
    @APIResponse(responseCode = "200", description = "The concept scheme and its concepts", content = @Content(mediaType = LinkedData.MEDIA_TYPE,
            examples = @ExampleObject(name = "scheme", value = """
                    {"@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/principles", "@type": "skos:ConceptScheme",
                     "@graph": [{"@id": "http://127.0.0.1:8080/api/knowledge/vocabularies/principles/human-rights", "@type": "skos:Concept"}]}""")))
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
    public Map<String, Object> principles() {
        String base = config.publicBaseUrl();
        return LinkedData.scheme(LinkedData.principlesScheme(base), "Guiding principles of the Global Compact for Migration",
                "The ten cross-cutting and interdependent guiding principles (paragraph 15 of the Compact).",
                reference.principles().stream().map(p -> LinkedData.principleConcept(base, p)).toList());
    }

    @GET
    @Path("/principles/{code}")
    @Transactional
    @Operation(operationId = "getPrincipleConcept", summary = "One guiding principle as a SKOS concept (JSON-LD)")
    @APIResponse(responseCode = "200", description = "The concept", content = @Content(mediaType = LinkedData.MEDIA_TYPE,
            examples = @ExampleObject(name = "concept", value = CONCEPT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such principle", content = @Content(mediaType = Problems.JSON))
    public Map<String, Object> principle(@PathParam("code") String code) {
        return reference.principles().stream().filter(p -> p.code.equals(code)).findFirst()
                .map(p -> LinkedData.concept(LinkedData.principleConcept(config.publicBaseUrl(), p)))
                .orElseThrow(() -> ProblemException.notFound("No guiding principle " + code + "."));
    }
}
