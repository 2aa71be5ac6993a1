package org.gcm.events.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gcm.events.contract.EventTypes.Definition;
import org.gcm.events.contract.payload.AuthorityLevel;
import org.gcm.events.contract.payload.ContributionDeposited;
import org.gcm.events.contract.payload.ContributionDeposited.Earmarking;
import org.gcm.events.contract.payload.ContributionStatusChanged;
import org.gcm.events.contract.payload.EngagementStatusChanged;
import org.gcm.events.contract.payload.FundingRequested;
import org.gcm.events.contract.payload.GrantApproved;
import org.gcm.events.contract.payload.GrantPipelined;
import org.gcm.events.contract.payload.GrantRejected;
import org.gcm.events.contract.payload.GrantStatusChanged;
import org.gcm.events.contract.payload.ImplementingOrganisation;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.contract.payload.PracticePublished;
import org.gcm.events.contract.payload.PracticeStatusChanged;
import org.gcm.events.contract.payload.RequestCompleted;
import org.gcm.events.contract.payload.RequestStatusChanged;
import org.gcm.events.contract.payload.StatusChange;
import org.gcm.events.contract.payload.SupportType;
import org.gcm.events.contract.payload.TrancheDisbursed;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;

/**
 * The event contracts line up: the type constants of {@link EventTypes}, the payload records, their JSON
 * Schemas (draft 2020-12) under {@code META-INF/events/schemas/}, and the services' AsyncAPI documents. Plain
 * JUnit, no Quarkus: the schemas are checked with Vert.x JSON Schema, the records with Jackson configured as
 * the services' ObjectMapper is.
 */
class EventContractsTest {

    /** As the services' ObjectMapper writes and {@link CloudEventEnvelopes} reads: ISO dates, unknown fields ignored. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(new ParameterNamesModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String ENVELOPE_SCHEMA = "envelope.json";
    private static final List<String> SERVICES =
            List.of(EventTypes.CONNECTION_HUB, EventTypes.START_UP_FUND, EventTypes.KNOWLEDGE_PLATFORM);

    /** DESIGN.md section 4: which topics each service publishes to and consumes from. */
    private static final Map<String, Set<String>> PUBLISHES = Map.of(
            EventTypes.CONNECTION_HUB, Set.of(Topics.HUB_REQUESTS),
            EventTypes.START_UP_FUND, Set.of(Topics.FUND_GRANTS, Topics.FUND_CONTRIBUTIONS),
            EventTypes.KNOWLEDGE_PLATFORM, Set.of(Topics.KNOWLEDGE_PRACTICES));
    private static final Map<String, Set<String>> CONSUMES = Map.of(
            EventTypes.CONNECTION_HUB, Set.of(Topics.FUND_GRANTS, Topics.KNOWLEDGE_PRACTICES),
            EventTypes.START_UP_FUND, Set.of(Topics.HUB_REQUESTS),
            EventTypes.KNOWLEDGE_PLATFORM, Set.of(Topics.HUB_REQUESTS));

    private static final String REQUEST = "3f6c1a2e-8b4d-4c1f-9e2a-5d7b8c9e0f11";
    private static final String GRANT = "b2a4c6d8-1e3f-4a5b-8c7d-9e0f1a2b3c4d";
    private static final OffsetDateTime DECIDED = OffsetDateTime.of(2026, 2, 12, 14, 30, 0, 0, ZoneOffset.UTC);
    private static final Money USD_250K = new Money("250000.00", "USD");
    private static final List<ImplementingOrganisation> ORGANISATIONS = List.of(
            new ImplementingOrganisation("7c1e2d3f", "International Organization for Migration",
                    ImplementingOrganisation.Role.LEAD),
            new ImplementingOrganisation("8d2f3e4a", "International Labour Organization",
                    ImplementingOrganisation.Role.PARTNER));

    /** A payload of every type with every field set, as a publisher would build it. */
    private static final StatusChange MOVED = new StatusChange("request-funding", "IMPLEMENTATION_AGREED",
            "FUNDING_REQUESTED", DECIDED);
    private static final StatusChange CREATED = new StatusChange(StatusChange.CREATE, null, "DRAFT", DECIDED);

    /** The flow events between the services, every field set. */
    private static final Map<String, Record> FLOW_FULL = Map.of(
            EventTypes.FUNDING_REQUESTED, new FundingRequested(REQUEST, "KEN", AuthorityLevel.NATIONAL,
                    "Labour migration information centres", "One-stop centres with pre-departure training.",
                    List.of(3, 6), USD_250K, Money.of(new java.math.BigDecimal("400000"), "USD"),
                    List.of(new FundingRequested.CoFunding("Government of Kenya", new Money("150000", "USD"))),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30), ORGANISATIONS),
            EventTypes.REQUEST_COMPLETED, new RequestCompleted(REQUEST, "KEN", AuthorityLevel.SUBNATIONAL,
                    "Labour migration information centres", "Three centres opened.", List.of(3, 6),
                    List.of("people-centred", "gender-responsive"), List.of(SupportType.TECHNICAL, SupportType.FINANCIAL),
                    ORGANISATIONS, GRANT, LocalDate.of(2027, 6, 30)),
            EventTypes.GRANT_APPROVED, new GrantApproved(GRANT, REQUEST, "KEN", USD_250K, DECIDED),
            EventTypes.GRANT_PIPELINED, new GrantPipelined(GRANT, REQUEST, "KEN", USD_250K, DECIDED),
            EventTypes.GRANT_REJECTED, new GrantRejected(GRANT, REQUEST, "KEN",
                    "The project needs at least two implementing organisations.", DECIDED),
            EventTypes.TRANCHE_DISBURSED, new TrancheDisbursed(GRANT, REQUEST, "KEN", 2, new Money("62500.50", "USD"),
                    new Money("187500.50", "USD"), LocalDate.of(2026, 9, 1)),
            EventTypes.CONTRIBUTION_DEPOSITED, new ContributionDeposited("c0ffee00", "d1e2f3a4", "e5f6a7b8",
                    "Federal Republic of Germany", "10", new Money("1000000.00", "EUR"), "1.0842",
                    new Money("1084200.00", "USD"), LocalDate.of(2026, 1, 15),
                    new Earmarking(Earmarking.Kind.THEMATIC_AREA, "TA2")),
            EventTypes.PRACTICE_PUBLISHED, new PracticePublished("a9b8c7d6", PracticePublished.Kind.INITIATIVE,
                    "Labour migration information centres", "One-stop centres for prospective labour migrants.",
                    List.of(3, 6), List.of("people-centred"), List.of("KEN", "UGA"), List.of("014"),
                    List.of("International Organization for Migration"), REQUEST,
                    OffsetDateTime.of(2027, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC)));

    /** The flow events with only what is required: what may be absent, is. */
    private static final Map<String, Record> FLOW_MINIMAL = Map.of(
            EventTypes.FUNDING_REQUESTED, new FundingRequested(REQUEST, "KEN", AuthorityLevel.LOCAL, "t", "d",
                    List.of(23), USD_250K, USD_250K, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                    ORGANISATIONS.subList(0, 1)),
            EventTypes.REQUEST_COMPLETED, new RequestCompleted(REQUEST, "KEN", AuthorityLevel.NATIONAL, "t", "d",
                    List.of(1), null, null, null, null, LocalDate.of(2027, 6, 30)),
            EventTypes.GRANT_APPROVED, FLOW_FULL.get(EventTypes.GRANT_APPROVED),
            EventTypes.GRANT_PIPELINED, FLOW_FULL.get(EventTypes.GRANT_PIPELINED),
            EventTypes.GRANT_REJECTED, FLOW_FULL.get(EventTypes.GRANT_REJECTED),
            EventTypes.TRANCHE_DISBURSED, FLOW_FULL.get(EventTypes.TRANCHE_DISBURSED),
            EventTypes.CONTRIBUTION_DEPOSITED, new ContributionDeposited("c0ffee00", "d1e2f3a4", "e5f6a7b8",
                    "Ford Foundation", "60", new Money("5", "USD"), "1", new Money("5.00", "USD"),
                    LocalDate.of(2026, 1, 15), Earmarking.unearmarked()),
            EventTypes.PRACTICE_PUBLISHED, new PracticePublished("a9b8c7d6", PracticePublished.Kind.TOOL, "t", "s",
                    List.of(1), null, null, null, null, null, OffsetDateTime.of(2027, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC)));

    /** The status changes of every aggregate (issue 16), every field set. */
    private static final Map<String, Record> STATUS_FULL = Map.of(
            EventTypes.REQUEST_STATUS_CHANGED, new RequestStatusChanged(REQUEST, "KEN", MOVED),
            EventTypes.ENGAGEMENT_STATUS_CHANGED, new EngagementStatusChanged("6e5d4c3b", REQUEST, "KEN", "7c1e2d3f",
                    new StatusChange("accept", "PROPOSED", "ACCEPTED", DECIDED)),
            EventTypes.GRANT_STATUS_CHANGED, new GrantStatusChanged(GRANT, REQUEST, "KEN", List.of("e5f6a7b8", "f6a7b8c9"),
                    new StatusChange("approve", "UNDER_REVIEW", "APPROVED", DECIDED)),
            EventTypes.CONTRIBUTION_STATUS_CHANGED, new ContributionStatusChanged("c0ffee00", "e5f6a7b8",
                    new Money("1000000.00", "EUR"), new StatusChange("commit", "PLEDGED", "COMMITTED", DECIDED)),
            EventTypes.PRACTICE_STATUS_CHANGED, new PracticeStatusChanged("a9b8c7d6", List.of("KEN", "UGA"), "KEN",
                    new StatusChange("request-changes", "UNDER_REVIEW", "CHANGES_REQUESTED", DECIDED)));

    /** The status changes with only what is required: a creation (no state before), no lists, no owner. */
    private static final Map<String, Record> STATUS_MINIMAL = Map.of(
            EventTypes.REQUEST_STATUS_CHANGED, new RequestStatusChanged(REQUEST, "KEN", CREATED),
            EventTypes.ENGAGEMENT_STATUS_CHANGED, new EngagementStatusChanged("6e5d4c3b", REQUEST, "KEN", "7c1e2d3f",
                    new StatusChange(StatusChange.CREATE, null, "PROPOSED", DECIDED)),
            EventTypes.GRANT_STATUS_CHANGED, new GrantStatusChanged(GRANT, REQUEST, "KEN", null,
                    new StatusChange(StatusChange.CREATE, null, "RECEIVED", DECIDED)),
            EventTypes.CONTRIBUTION_STATUS_CHANGED, new ContributionStatusChanged("c0ffee00", "e5f6a7b8",
                    new Money("5", "USD"), new StatusChange(StatusChange.CREATE, null, "PLEDGED", DECIDED)),
            EventTypes.PRACTICE_STATUS_CHANGED, new PracticeStatusChanged("a9b8c7d6", null, null, CREATED));

    /** A payload of every type with every field set, as a publisher would build it. */
    private static final Map<String, Record> FULL = union(FLOW_FULL, STATUS_FULL);
    /** A payload of every type with only what is required: what may be absent, is. */
    private static final Map<String, Record> MINIMAL = union(FLOW_MINIMAL, STATUS_MINIMAL);

    // ---------------------------------------------------------------- the types themselves

    @Test
    void everyTypeConstantIsDefinedOnceWithItsTopicPublisherAndPayload() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : EventTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && ((String) field.get(null)).startsWith("org.gcm.")) {
                constants.add((String) field.get(null));
            }
        }
        List<String> defined = EventTypes.ALL.stream().map(Definition::type).toList();
        assertEquals(defined.size(), Set.copyOf(defined).size(), "a type is defined twice: " + defined);
        assertEquals(constants, new TreeSet<>(defined), "every type constant has a definition, and only those");
        assertEquals(defined.size(), EventTypes.ALL.stream().map(Definition::payload).distinct().count(),
                "one payload record per type");

        Map<String, String> publisherOfPrefix = Map.of("hub", EventTypes.CONNECTION_HUB, "fund", EventTypes.START_UP_FUND,
                "knowledge", EventTypes.KNOWLEDGE_PLATFORM);
        for (Definition definition : EventTypes.ALL) {
            String[] parts = definition.type().split("\\.");
            assertTrue(definition.type().matches("org\\.gcm\\.[a-z]+\\.[A-Z][A-Za-z0-9]*"),
                    definition.type() + " is reverse-DNS org.gcm.<service>.<WhatHappened>");
            assertEquals(publisherOfPrefix.get(parts[2]), definition.publisher(), definition.type() + "'s publisher");
            assertEquals(definition.name(), definition.payload().getSimpleName(), "the payload record is named after the type");
            assertTrue(PUBLISHES.get(definition.publisher()).contains(definition.topic()),
                    definition.type() + ": " + definition.publisher() + " does not publish to " + definition.topic());
            for (String consumer : definition.consumers()) {
                assertTrue(CONSUMES.get(consumer).contains(definition.topic()),
                        definition.type() + ": " + consumer + " does not consume " + definition.topic());
            }
            assertEquals(definition, EventTypes.definition(definition.type()).orElseThrow());
        }
        assertTrue(EventTypes.definition("org.gcm.hub.SomethingElse").isEmpty());
        // Every topic of DESIGN.md section 4 carries at least one type, and every consumed topic something consumed.
        assertEquals(Set.of(Topics.HUB_REQUESTS, Topics.FUND_GRANTS, Topics.FUND_CONTRIBUTIONS, Topics.KNOWLEDGE_PRACTICES),
                EventTypes.ALL.stream().map(Definition::topic).collect(Collectors.toSet()));
        CONSUMES.forEach((service, topics) -> assertEquals(topics, EventTypes.ALL.stream()
                .filter(definition -> definition.consumers().contains(service)).map(Definition::topic)
                .collect(Collectors.toSet()), service + " consumes what DESIGN.md section 4 says"));
    }

    // ---------------------------------------------------------------- schemas against records

    @Test
    void everyPayloadDeclaresTheTypeAndTopicItIsDefinedWith() {
        for (EventTypes.Definition definition : EventTypes.ALL) {
            EventContract declared = EventTypes.contractOf(definition.payload());
            assertEquals(definition.type(), declared.type(), definition.payload().getSimpleName() + " type");
            assertEquals(definition.topic(), declared.topic(), definition.payload().getSimpleName() + " topic");
        }
        assertThrows(IllegalArgumentException.class, () -> EventTypes.contractOf(Money.class),
                "a record that is not a payload has no contract");
    }

    @Test
    void everySchemaFileBelongsToExactlyOneTypeAndEveryTypeHasOne() throws IOException {
        Set<String> files;
        try (Stream<Path> listing = Files.list(schemaFolder())) {
            files = listing.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(files.remove(ENVELOPE_SCHEMA), "the envelope schema is there");
        Set<String> expected = EventTypes.ALL.stream().map(definition -> definition.name() + ".json")
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, files, "schema files = event types");

        for (Definition definition : EventTypes.ALL) {
            JsonNode schema = schema(definition);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
            assertEquals("urn:gcm:events:schema:" + definition.name(), schema.path("$id").asText());
            assertTrue(schema.path("title").asText().contains(definition.type()), "the title names the type");
            assertTrue(schema.path("additionalProperties").asBoolean(false), "consumers tolerate unknown fields");
            assertEquals("object", schema.path("type").asText());
        }
    }

    @TestFactory
    Stream<DynamicTest> aPayloadWrittenByJacksonValidatesAgainstItsSchema() {
        assertEquals(types(), FULL.keySet(), "every type has a full example");
        assertEquals(types(), MINIMAL.keySet(), "every type has a minimal example");
        return EventTypes.ALL.stream().map(definition -> DynamicTest.dynamicTest(definition.name(), () -> {
            Validator validator = validator(schema(definition));
            for (Record example : List.of(FULL.get(definition.type()), MINIMAL.get(definition.type()))) {
                assertEquals(definition.payload(), example.getClass());
                JsonNode json = JSON.valueToTree(example);
                assertValid(validator, json, definition.name() + " example " + json);
                assertEquals(example, JSON.treeToValue(json, definition.payload()), "reads back the same");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theExampleInEachSchemaIsAPayloadTheRecordReadsAndWritesUnchanged() {
        return EventTypes.ALL.stream().map(definition -> DynamicTest.dynamicTest(definition.name(), () -> {
            JsonNode schema = schema(definition);
            JsonNode examples = schema.path("examples");
            assertFalse(examples.isEmpty(), definition.name() + " has an example");
            for (JsonNode example : examples) {
                assertValid(validator(schema), example, definition.name() + "'s own example");
                Object record = JSON.treeToValue(example, definition.payload());
                assertEquals(example, JSON.valueToTree(record), "no field lost or renamed through the record");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> schemaAndRecordNameTheSameFieldsAndValues() {
        return EventTypes.ALL.stream().map(definition -> DynamicTest.dynamicTest(definition.name(),
                () -> assertSameShape(definition.payload(), schema(definition), definition.name())));
    }

    /**
     * The schema and the record accept and refuse the same payloads: starting from a valid one, every field is
     * taken away, emptied, blanked, garbled, lengthened or pushed out of range in turn, and an unknown field is
     * added to every object; each time the schema's verdict and the record's (its checks run when Jackson
     * builds it, as in a consumer) must be the same.
     */
    @TestFactory
    Stream<DynamicTest> schemaAndRecordAcceptAndRefuseTheSamePayloads() {
        return EventTypes.ALL.stream().map(definition -> DynamicTest.dynamicTest(definition.name(), () -> {
            Validator validator = validator(schema(definition));
            JsonNode valid = JSON.valueToTree(FULL.get(definition.type()));
            List<String> disagreements = new ArrayList<>();
            int[] variants = {0};
            mutations(valid, (description, variant) -> {
                variants[0]++;
                boolean schemaAccepts = validator.validate(toVertx(variant)).getValid();
                boolean recordAccepts = recordAccepts(variant, definition.payload());
                if (schemaAccepts != recordAccepts) {
                    disagreements.add(description + ": schema " + (schemaAccepts ? "accepts" : "refuses") + ", record "
                            + (recordAccepts ? "accepts" : "refuses"));
                }
            });
            assertTrue(variants[0] > 20, "enough variants tried: " + variants[0]);
            assertTrue(disagreements.isEmpty(), definition.name() + ": " + String.join("\n", disagreements));
        }));
    }

    // ---------------------------------------------------------------- the envelope

    @TestFactory
    Stream<DynamicTest> anEnvelopeWrittenByCloudEventEnvelopesValidatesAndReadsBack() {
        CloudEventEnvelopes envelopes = new CloudEventEnvelopes(JSON);
        Validator envelopeValidator = validator(read(schemaFolder().resolve(ENVELOPE_SCHEMA)));
        return EventTypes.ALL.stream().map(definition -> DynamicTest.dynamicTest(definition.name(), () -> {
            Record payload = FULL.get(definition.type());
            UUID id = UUID.randomUUID();
            String envelope = envelopes.write(id, URI.create("/" + definition.publisher()), definition.type(), "agg-1",
                    OffsetDateTime.now(ZoneOffset.UTC), payload);
            JsonNode json = JSON.readTree(envelope);
            assertValid(envelopeValidator, json, "envelope " + envelope);
            assertValid(validator(schema(definition)), json.path("data"), "data of " + envelope);
            assertEquals("agg-1", json.path("subject").asText());

            ReceivedEvent received = envelopes.read(envelope);
            assertEquals(id.toString(), received.id());
            assertEquals(definition.type(), received.type());
            assertEquals(payload, received.dataAs(definition.payload()));
        }));
    }

    @Test
    void theEnvelopeSchemaRequiresWhatDesignSection4Names() {
        JsonNode envelope = read(schemaFolder().resolve(ENVELOPE_SCHEMA));
        assertEquals(Set.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data"),
                strings(envelope.path("required")));
        assertEquals("1.0", envelope.at("/properties/specversion/const").asText());
        assertEquals("application/json", envelope.at("/properties/datacontenttype/const").asText());
        assertValid(validator(envelope), envelope.path("examples").path(0), "the envelope's own example");
    }

    // ---------------------------------------------------------------- the AsyncAPI documents

    @Test
    void everyTypeIsPublishedInExactlyOneAsyncApiDocumentAndSubscribedInItsConsumers() {
        Map<String, List<String>> sentBy = new HashMap<>();
        Map<String, Set<String>> receivedBy = new HashMap<>();
        for (String service : SERVICES) {
            JsonNode doc = asyncApi(service);
            assertEquals("3.0.0", doc.path("asyncapi").asText(), service);
            JsonNode server = doc.at("/servers/local");
            assertEquals("127.0.0.1:19092", server.path("host").asText(), service + "'s local server");
            assertEquals("kafka", server.path("protocol").asText());

            boolean receives = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("operations").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode operation = entry.getValue();
                JsonNode channel = resolve(doc, operation.path("channel"));
                String address = channel.path("address").asText();
                String action = operation.path("action").asText();
                for (JsonNode ref : operation.path("messages")) {
                    JsonNode message = resolve(doc, ref);
                    if (address.equals(Topics.deadLetters(service))) {
                        assertEquals("send", action, service + " sends its dead letters");
                        continue;
                    }
                    String type = message.at("/payload/properties/type/const").asText();
                    Definition definition = EventTypes.definition(type)
                            .orElseThrow(() -> new AssertionError(service + "'s " + entry.getKey() + " names unknown type " + type));
                    assertEquals(definition.topic(), address, type + "'s channel address in " + service);
                    if (action.equals("send")) {
                        sentBy.computeIfAbsent(type, t -> new ArrayList<>()).add(service);
                    } else {
                        assertEquals("receive", action, entry.getKey());
                        receives = true;
                        receivedBy.computeIfAbsent(type, t -> new TreeSet<>()).add(service);
                        assertEquals(List.of(service), strings(operation.at("/bindings/kafka/groupId/enum")).stream().toList(),
                                service + "'s " + entry.getKey() + " consumer group");
                    }
                }
            }
            if (receives) {
                JsonNode deadLetters = doc.at("/channels/deadLetters");
                assertEquals(Topics.deadLetters(service), deadLetters.path("address").asText(), service + "'s dead letters");
                assertTrue(doc.path("operations").findValues("channel").stream()
                        .anyMatch(channel -> resolve(doc, channel) == deadLetters), service + " describes its dead-letter sends");
            }
        }
        for (Definition definition : EventTypes.ALL) {
            assertEquals(List.of(definition.publisher()), sentBy.get(definition.type()),
                    definition.type() + " is published in exactly its publisher's document");
            assertEquals(new TreeSet<>(definition.consumers()), receivedBy.getOrDefault(definition.type(), Set.of()),
                    definition.type() + " is subscribed in exactly its consumers' documents");
        }
        assertEquals(types(), sentBy.keySet(), "no AsyncAPI document publishes a type EventTypes does not know");
    }

    @TestFactory
    Stream<DynamicTest> asyncApiMessagesCarryTheEnvelopeAndTheSchemaUnchanged() {
        JsonNode envelope = read(schemaFolder().resolve(ENVELOPE_SCHEMA));
        Validator envelopeValidator = validator(envelope);
        return SERVICES.stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            JsonNode doc = asyncApi(service);
            JsonNode messages = doc.at("/components/messages");
            assertFalse(messages.isEmpty(), service + " has messages");
            for (Iterator<Map.Entry<String, JsonNode>> it = messages.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode message = entry.getValue();
                if (entry.getKey().equals("DeadLetter")) {
                    continue;
                }
                String where = service + " message " + entry.getKey();
                JsonNode payload = message.path("payload");
                Definition definition = EventTypes.definition(payload.at("/properties/type/const").asText())
                        .orElseThrow(() -> new AssertionError(where + " has no known type"));
                assertEquals(definition.name(), entry.getKey(), where + " is named after its type");
                assertEquals("application/cloudevents+json", message.path("contentType").asText(), where);
                assertFalse(message.at("/bindings/kafka/key").isMissingNode(), where + " describes the record key");

                ObjectNode schemaAsData = schema(definition).deepCopy();
                schemaAsData.remove(List.of("$schema", "$id"));
                assertEquals(schemaAsData, payload.at("/properties/data"), where + "'s data is " + definition.name() + ".json");
                assertEquals(strings(envelope.path("required")), strings(payload.path("required")), where + " envelope");
                for (Iterator<String> names = envelope.path("properties").fieldNames(); names.hasNext();) {
                    String name = names.next();
                    if (!name.equals("type") && !name.equals("data")) {
                        assertEquals(withoutDescription(envelope.at("/properties/" + name)),
                                withoutDescription(payload.at("/properties/" + name)), where + " envelope's " + name);
                    }
                }
                for (JsonNode example : message.path("examples")) {
                    assertValid(envelopeValidator, example.path("payload"), where + "'s example envelope");
                    assertEquals(definition.type(), example.at("/payload/type").asText(), where + "'s example type");
                    assertValid(validator(schema(definition)), example.at("/payload/data"), where + "'s example data");
                }
            }
        }));
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Record> union(Map<String, Record> one, Map<String, Record> other) {
        Map<String, Record> both = new HashMap<>(one);
        both.putAll(other);
        return Map.copyOf(both);
    }

    private static Set<String> types() {
        return EventTypes.ALL.stream().map(Definition::type).collect(Collectors.toSet());
    }

    private static Path schemaFolder() {
        try {
            return Path.of(EventContractsTest.class.getClassLoader().getResource(EventTypes.SCHEMA_FOLDER).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Read from the classpath, where the services find it. */
    private static JsonNode schema(Definition definition) {
        try (InputStream in = EventContractsTest.class.getClassLoader().getResourceAsStream(definition.schemaResource())) {
            assertNotNull(in, definition.schemaResource() + " is on the classpath");
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path path) {
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's AsyncAPI document, from its module next to this one. */
    private static JsonNode asyncApi(String service) {
        Path path = Path.of("..", service, "src/main/resources/META-INF/resources/asyncapi.yaml");
        assertTrue(Files.isRegularFile(path), path + " exists");
        try {
            return YAML.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows local references ({@code #/...}), as many as there are in a row. */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.path("$ref").asText();
            assertTrue(ref.startsWith("#/") && hops < 10, "local reference " + ref);
            current = doc.at(JsonPointer.compile(ref.substring(1)));
            assertFalse(current.isMissingNode(), ref + " resolves");
        }
        return current;
    }

    private static Validator validator(JsonNode schema) {
        return Validator.create(JsonSchema.of(toVertx(schema)), new JsonSchemaOptions()
                .setDraft(Draft.DRAFT202012)
                .setBaseUri("urn:gcm:events:test")
                .setOutputFormat(OutputFormat.Basic));
    }

    private static JsonObject toVertx(JsonNode json) {
        try {
            return new JsonObject(JSON.writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertValid(Validator validator, JsonNode instance, String what) {
        OutputUnit result = validator.validate(toVertx(instance));
        if (!result.getValid()) {
            fail(what + " does not validate: " + result.getErrors());
        }
    }

    private static boolean recordAccepts(JsonNode json, Class<?> payload) {
        try {
            JSON.treeToValue(json, payload);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode withoutDescription(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        copy.remove("description");
        return copy;
    }

    /** The record's components (recursively: nested records, lists of them, enums) are the schema's properties. */
    private static void assertSameShape(Type type, JsonNode schema, String where) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            assertEquals("object", schema.path("type").asText(), where + " is an object");
            assertTrue(schema.path("additionalProperties").asBoolean(false), where + " tolerates unknown fields");
            Map<String, Type> components = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                components.put(component.getName(), component.getGenericType());
            }
            Set<String> properties = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            assertEquals(new TreeSet<>(components.keySet()), properties, where + ": record components = schema properties");
            assertTrue(properties.containsAll(strings(schema.path("required"))), where + ": required names properties");
            components.forEach((name, componentType) -> assertSameShape(componentType, schema.at("/properties/" + name),
                    where + "." + name));
        } else if (List.class.isAssignableFrom(raw)) {
            assertEquals("array", schema.path("type").asText(), where + " is an array");
            assertSameShape(((ParameterizedType) type).getActualTypeArguments()[0], schema.path("items"), where + "[]");
        } else if (raw.isEnum()) {
            assertEquals(Arrays.stream(raw.getEnumConstants()).map(Object::toString).collect(Collectors.toSet()),
                    strings(schema.path("enum")), where + ": enum values");
        } else if (raw == String.class) {
            assertEquals("string", schema.path("type").asText(), where + " is a string");
        } else if (raw == int.class || raw == Integer.class) {
            assertEquals("integer", schema.path("type").asText(), where + " is an integer");
        } else if (raw == LocalDate.class) {
            assertEquals("date", schema.path("format").asText(), where + " is an ISO 8601 date");
        } else if (raw == OffsetDateTime.class) {
            assertEquals("date-time", schema.path("format").asText(), where + " is an ISO 8601 date-time");
        } else {
            fail(where + ": no rule for " + raw + " in the contract test; add one");
        }
    }

    /** Variants of {@code valid}, each with one change, handed to {@code check} with a description. */
    private static void mutations(JsonNode valid, java.util.function.BiConsumer<String, JsonNode> check) {
        walk(valid, "", (path, node) -> {
            if (node.isObject()) {
                check.accept(path + " + an unknown field", change(valid, path, parent -> ((ObjectNode) parent).put("unknownField", "x")));
                for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    check.accept(path + "/" + name + " removed", change(valid, path, parent -> ((ObjectNode) parent).remove(name)));
                }
            }
        });
        walk(valid, "", (path, node) -> {
            if (path.isEmpty()) {
                return;
            }
            String parentPath = path.substring(0, path.lastIndexOf('/'));
            String key = path.substring(path.lastIndexOf('/') + 1);
            List<JsonNode> replacements = new ArrayList<>();
            if (node.isTextual()) {
                replacements.addAll(List.of(text(""), text("   "), text("zz"), text("x".repeat(200))));
            } else if (node.isInt()) {
                replacements.addAll(List.of(JsonNodeFactory.instance.numberNode(0), JsonNodeFactory.instance.numberNode(-1),
                        JsonNodeFactory.instance.numberNode(24)));
            } else if (node.isArray()) {
                replacements.add(JsonNodeFactory.instance.arrayNode());
            }
            for (JsonNode replacement : replacements) {
                check.accept(path + " = " + abbreviate(replacement), change(valid, parentPath, parent -> {
                    if (parent instanceof ObjectNode object) {
                        object.set(key, replacement);
                    } else {
                        ((ArrayNode) parent).set(Integer.parseInt(key), replacement);
                    }
                }));
            }
        });
    }

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 12 ? text.substring(0, 12) + "...(" + text.length() + ")" : text;
    }

    private static JsonNode change(JsonNode valid, String path, Consumer<JsonNode> change) {
        JsonNode copy = valid.deepCopy();
        change.accept(path.isEmpty() ? copy : copy.at(path));
        return copy;
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        visitor.visit(path, node);
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> walk(field.getValue(), path + "/" + field.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        }
    }
}
