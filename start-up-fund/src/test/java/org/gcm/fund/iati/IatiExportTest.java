package org.gcm.fund.iati;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.gcm.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * GET /iati/activities.xml, anonymously: an IATI 2.03 document valid against the official schema, every code value
 * from the IATI code lists, and every figure (amount, currency, date, provider) equal to what the fund recorded: a
 * fund with contributions in two currencies (pledged, committed, deposited) and an approved grant with a paid tranche.
 */
@QuarkusTest
class IatiExportTest {

    private static final String FUND = "XX-GCM-SUF-FUND";
    private static final String FUND_ACTIVITY = "//iati-activity[iati-identifier='" + FUND + "']";
    private static final String GRANT = "XX-GCM-SUF-GRANT-";
    private static final String COUNTRY = "GHA";

    /** Which code list each code-bearing attribute takes its value from ("element@attribute"). */
    private static final Map<String, String> CODE_LISTS = Map.ofEntries(
            Map.entry("transaction-type@code", "TransactionType"),
            Map.entry("participating-org@role", "OrganisationRole"),
            Map.entry("participating-org@type", "OrganisationType"),
            Map.entry("reporting-org@type", "OrganisationType"),
            Map.entry("provider-org@type", "OrganisationType"),
            Map.entry("activity-status@code", "ActivityStatus"),
            Map.entry("activity-date@type", "ActivityDateType"),
            Map.entry("aid-type@vocabulary", "AidTypeVocabulary"),
            Map.entry("aid-type@code", "EarmarkingCategory"),
            Map.entry("policy-marker@vocabulary", "PolicyMarkerVocabulary"),
            Map.entry("policy-marker@code", "PolicyMarker"),
            Map.entry("policy-marker@significance", "PolicySignificance"),
            Map.entry("budget@type", "BudgetType"),
            Map.entry("budget@status", "BudgetStatus"),
            Map.entry("related-activity@type", "RelatedActivityType"),
            Map.entry("sector@vocabulary", "SectorVocabulary"),
            Map.entry("sector@code", "Sector"),
            Map.entry("tag@vocabulary", "TagVocabulary"),
            Map.entry("description@type", "DescriptionType"),
            Map.entry("value@currency", "Currency"),
            Map.entry("iati-activity@default-currency", "Currency"),
            Map.entry("recipient-country@code", "Country"),
            Map.entry("tag@code", "GcmObjective"));

    /** Attributes that carry a code wherever they appear. */
    private static final Set<String> CODE_ATTRIBUTES = Set.of("code", "type", "role", "vocabulary", "status",
            "significance", "currency", "default-currency");

    /** What the test recorded through the API; made once, both tests read the export of it. */
    private record Recorded(String government, String euros, String eurosIn, String foundation, String dollars,
            String dollarsIn, String company, String yen, String grant, int tranche, String rejected) {
    }

    private static Recorded recorded;

    private static synchronized Recorded recorded() {
        if (recorded == null) {
            String government = FundApi.contributor("10", "NLD");
            String euros = pledge(government, FundApi.money("1000000.00", "EUR"),
                    Map.of("kind", "COUNTRY", "value", COUNTRY), "2026-10-01");
            FundApi.commit(government, euros);
            String eurosIn = FundApi.deposit(euros, FundApi.money("1000000.00", "EUR"), "1.0842").extract().path("id");
            String foundation = FundApi.contributor("60", null);
            String dollars = pledge(foundation, FundApi.usd("300000.00"), Map.of("kind", "UNEARMARKED"), "2026-10-05");
            FundApi.commit(foundation, dollars);
            String dollarsIn = FundApi.deposit(dollars, FundApi.usd("300000.00"), "1").extract().path("id");
            String company = FundApi.contributor("70", "JPN");
            String yen = pledge(company, FundApi.money("5000000", "JPY"), Map.of("kind", "THEMATIC_AREA", "value", "TA1"),
                    "2026-10-09");
            String grant = FundApi.underReview(COUNTRY, "250000.00", List.of(6, 16));
            FundApi.approve(grant).body("status", equalTo("APPROVED"));
            int tranche = FundApi.planTranche(grant, "100000.00");
            FundApi.disburse(grant, tranche);
            String rejected = FundApi.underReview(COUNTRY, "50000.00", List.of(3));
            FundApi.reject(rejected, "Outside the fund's priorities.");
            recorded = new Recorded(government, euros, eurosIn, foundation, dollars, dollarsIn, company, yen, grant,
                    tranche, rejected);
        }
        return recorded;
    }

    private static IatiDocument export() throws Exception {
        recorded();
        IatiDocument iati = new IatiDocument(given().when().get("/iati/activities.xml")
                .then().statusCode(200).contentType(containsString("application/xml")).extract().asByteArray());
        iati.validate();
        return iati;
    }

    @Test
    void theFundIsTheParentActivityWithEveryIncomingPledgeCommitmentAndReceipt() throws Exception {
        Recorded r = recorded();
        IatiDocument iati = export();
        assertEquals("2.03", iati.text("/iati-activities/@version"));
        assertEquals("1", iati.text(FUND_ACTIVITY + "/@hierarchy"));
        assertEquals("XX-GCM-SUF", iati.text(FUND_ACTIVITY + "/reporting-org/@ref"));
        incoming(iati, r.euros(), "pledge-" + r.euros(), "13", "pledgedOn", null);
        incoming(iati, r.euros(), "commitment-" + r.euros(), "11", "committedOn", null);
        incoming(iati, r.euros(), "deposit-" + r.eurosIn(), "1", null, r.eurosIn());
        incoming(iati, r.dollars(), "pledge-" + r.dollars(), "13", "pledgedOn", null);
        incoming(iati, r.dollars(), "commitment-" + r.dollars(), "11", "committedOn", null);
        incoming(iati, r.dollars(), "deposit-" + r.dollarsIn(), "1", null, r.dollarsIn());
        incoming(iati, r.yen(), "pledge-" + r.yen(), "13", "pledgedOn", null);
        assertTrue(iati.all(FUND_ACTIVITY + "/transaction[@ref='commitment-" + r.yen() + "']").isEmpty(),
                "a mere pledge has no commitment");
        provider(iati, "deposit-" + r.eurosIn(), r.government(), "10", "3");
        provider(iati, "deposit-" + r.dollarsIn(), r.foundation(), "60", "1");
        provider(iati, "pledge-" + r.yen(), r.company(), "70", "2");
        assertFalse(iati.asText().contains("jo@example.org") || iati.asText().contains("Jo Test"),
                "contributors' contacts are personal data and stay out of the export");
    }

    @Test
    void theFundCommitsAtApprovalAndDisbursesPerTranche() throws Exception {
        Recorded r = recorded();
        IatiDocument iati = export();
        JsonPath grant = read("/grants/" + r.grant());
        String child = GRANT + r.grant();
        String approval = FUND_ACTIVITY + "/transaction[@ref='approval-" + r.grant() + "']";
        assertEquals("2", iati.text(approval + "/transaction-type/@code"));
        assertEquals(grant.getString("approvedAmount.amount"), iati.text(approval + "/value"));
        assertEquals("USD", iati.text(approval + "/value/@currency"));
        assertEquals(grant.getString("decidedAt").substring(0, 10), iati.text(approval + "/value/@value-date"));
        assertEquals(child, iati.text(approval + "/receiver-org/@receiver-activity-id"));
        assertEquals("IOM", iati.text(approval + "/receiver-org/narrative"));
        JsonPath paid = read("/grants/" + r.grant() + "/tranches/" + r.tranche());
        String disbursement = FUND_ACTIVITY + "/transaction[@ref='tranche-" + r.grant() + "-" + r.tranche() + "']";
        assertEquals("3", iati.text(disbursement + "/transaction-type/@code"));
        assertEquals(paid.getString("amount.amount"), iati.text(disbursement + "/value"));
        assertEquals(paid.getString("disbursedOn"), iati.text(disbursement + "/value/@value-date"));
        assertEquals(paid.getString("disbursedOn"), iati.text(disbursement + "/transaction-date/@iso-date"));
        iati.one(FUND_ACTIVITY + "/related-activity[@ref='" + child + "'][@type='2']");
    }

    @Test
    void eachApprovedGrantIsAChildActivityWithItsPartnersCountryDatesBudgetAndObjectives() throws Exception {
        Recorded r = recorded();
        IatiDocument iati = export();
        JsonPath grant = read("/grants/" + r.grant());
        JsonPath paid = read("/grants/" + r.grant() + "/tranches/" + r.tranche());
        String activity = "//iati-activity[iati-identifier='" + GRANT + r.grant() + "']";
        assertEquals("2", iati.text(activity + "/@hierarchy"));
        assertEquals(grant.getString("title"), iati.text(activity + "/title/narrative"));
        iati.one(activity + "/related-activity[@ref='" + FUND + "'][@type='1']");
        assertEquals(List.of("IOM", "ILO"), names(iati.all(activity + "/participating-org[@role='4']")));
        assertEquals("GH", iati.text(activity + "/recipient-country/@code"));
        assertEquals("2", iati.text(activity + "/activity-status/@code"), "a grant with a paid tranche is in implementation");
        assertEquals(grant.getString("startDate"), iati.text(activity + "/activity-date[@type='1']/@iso-date"));
        assertEquals(grant.getString("endDate"), iati.text(activity + "/activity-date[@type='3']/@iso-date"));
        assertEquals(paid.getString("disbursedOn"), iati.text(activity + "/activity-date[@type='2']/@iso-date"));
        assertEquals(grant.getString("approvedAmount.amount"), iati.text(activity + "/budget/value"));
        assertEquals(grant.getString("startDate"), iati.text(activity + "/budget/period-start/@iso-date"));
        assertEquals(grant.getString("endDate"), iati.text(activity + "/budget/period-end/@iso-date"));
        iati.one(activity + "/sector[@vocabulary='1'][@code='15190']");
        assertEquals(List.of("6", "16"), iati.all(activity + "/tag").stream().map(t -> t.getAttribute("code")).toList());
        for (Element tag : iati.all(activity + "/tag")) {
            assertEquals("99", tag.getAttribute("vocabulary"));
            assertEquals("http://127.0.0.1:8080/api/knowledge/vocabularies/objectives", tag.getAttribute("vocabulary-uri"));
        }
        assertEquals(grant.getString("genderMarker"), iati.text(activity + "/policy-marker[@code='1']/@significance"));
        assertTrue(iati.all("//iati-activity[iati-identifier='" + GRANT + r.rejected() + "']").isEmpty(),
                "a rejected application is no activity");
    }

    @Test
    void everyCodeValueIsFromItsIatiCodeList() throws Exception {
        IatiDocument iati = export();
        IatiCodeLists lists = new IatiCodeLists();
        ReferenceData reference = ReferenceData.load();
        Set<String> countries = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        List<String> wrong = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Element element : iati.elements()) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (!CODE_ATTRIBUTES.contains(attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName())
                        || "lang".equals(attribute.getLocalName())) {
                    continue;
                }
                String where = element.getTagName() + "@" + attribute.getName();
                String list = CODE_LISTS.get(where);
                String code = attribute.getValue();
                boolean known = list == null ? false : switch (list) {
                    case "Currency" -> reference.isCurrency(code);
                    case "Country" -> countries.contains(code);
                    case "GcmObjective" -> reference.objective(Integer.parseInt(code)).isPresent();
                    default -> lists.has(list, code);
                };
                seen.add(where);
                if (!known) {
                    wrong.add(where + "=" + code + (list == null ? " (no code list mapped)" : " (not in " + list + ")"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> "Codes outside their IATI code list: " + new TreeSet<>(wrong));
        assertEquals(new TreeSet<>(CODE_LISTS.keySet()), seen, "the recorded fund uses every kind of code the export writes");
    }

    @Test
    void theCodeListCopyIsTheProjectsReference() throws Exception {
        Path shared = Path.of("..", "..", "shared", "reference", "iati-codes.tsv");
        assumeTrue(Files.exists(shared), "the project's reference folder is not beside the repository");
        try (var copy = IatiExportTest.class.getResourceAsStream("/iati/iati-codes.tsv")) {
            assertEquals(Files.readString(shared), new String(copy.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The transaction at {@code ref} carries the contribution's recorded amount, currency and date. */
    private static void incoming(IatiDocument iati, String contribution, String ref, String type, String dateField,
            String deposit) throws Exception {
        JsonPath recorded = read("/contributions/" + contribution);
        String transaction = FUND_ACTIVITY + "/transaction[@ref='" + ref + "']";
        iati.one(transaction);
        String amount = recorded.getString("amount.amount");
        String currency = recorded.getString("amount.currency");
        String date = dateField == null ? null : recorded.getString(dateField);
        if (deposit != null) {
            Map<String, Object> receipt = recorded.getMap("deposits.find { it.id == '" + deposit + "' }");
            amount = ((Map<?, ?>) receipt.get("amount")).get("amount").toString();
            currency = ((Map<?, ?>) receipt.get("amount")).get("currency").toString();
            date = receipt.get("depositedOn").toString();
        }
        assertEquals(type, iati.text(transaction + "/transaction-type/@code"), ref);
        assertEquals(amount, iati.text(transaction + "/value"), ref);
        assertEquals(currency, iati.text(transaction + "/value/@currency"), ref);
        assertEquals(date, iati.text(transaction + "/value/@value-date"), ref);
        assertEquals(date, iati.text(transaction + "/transaction-date/@iso-date"), ref);
    }

    private static void provider(IatiDocument iati, String ref, String contributor, String type, String earmarking)
            throws Exception {
        String transaction = FUND_ACTIVITY + "/transaction[@ref='" + ref + "']";
        assertEquals(read("/contributors/" + contributor).getString("name"), iati.text(transaction + "/provider-org/narrative"));
        assertEquals(type, iati.text(transaction + "/provider-org/@type"));
        assertEquals(earmarking, iati.text(transaction + "/aid-type[@vocabulary='2']/@code"));
    }

    private static List<String> names(List<Element> organisations) {
        return organisations.stream().map(o -> o.getElementsByTagName("narrative").item(0).getTextContent()).toList();
    }

    private static JsonPath read(String path) {
        return given().auth().oauth2(Tokens.fundManager()).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static String pledge(String contributor, Map<String, Object> amount, Map<String, Object> earmarking,
            String pledgedOn) {
        return given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "earmarking", earmarking, "pledgedOn", pledgedOn))
                .when().post("/contributions").then().statusCode(201).extract().path("id");
    }
}
