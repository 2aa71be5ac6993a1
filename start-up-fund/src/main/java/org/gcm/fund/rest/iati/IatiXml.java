package org.gcm.fund.rest.iati;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.gcm.fund.service.iati.IatiActivities;
import org.gcm.fund.service.iati.IatiActivity;
import org.gcm.fund.service.iati.IatiActivity.Amount;
import org.gcm.fund.service.iati.IatiActivity.Organisation;
import org.gcm.fund.service.iati.IatiActivity.Transaction;
import org.gcm.fund.service.iati.IatiCodes;

/**
 * Writes the export as an IATI 2.03 {@code iati-activities} document with StAX, child elements in the order the
 * schema's sequences require (iati-activities-schema.xsd).
 */
final class IatiXml {

    static final String MEDIA_TYPE = "application/xml";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Characters XML 1.0 cannot carry at all, even escaped; free texts (titles, names) may hold them. */
    private static final Pattern XML_1_0_ILLEGAL = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    /** xsd:dateTime needs the seconds, which OffsetDateTime.toString leaves out when they are zero. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final XMLStreamWriter xml;

    private IatiXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static void write(IatiActivities export, OutputStream out) throws XMLStreamException {
        XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
        new IatiXml(writer).document(export);
        writer.flush();
        writer.close();
    }

    private void document(IatiActivities export) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", IatiCodes.VERSION);
        xml.writeAttribute("generated-datetime", DATE_TIME.format(export.generated()));
        for (IatiActivity activity : export.activities()) {
            activity(activity, export.reportingOrg());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    /** No last-updated-datetime: the fund keeps no single time of last change per activity, and inventing one would mislead. */
    private void activity(IatiActivity a, Organisation reporting) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        xml.writeAttribute("default-currency", a.defaultCurrency());
        xml.writeAttribute("hierarchy", Integer.toString(a.hierarchy()));
        text("iati-identifier", a.identifier());
        organisation("reporting-org", reporting);
        narrated("title", a.title());
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(a.description());
        xml.writeEndElement();
        for (IatiActivity.Participant p : a.participants()) {
            xml.writeStartElement("participating-org");
            optional("ref", p.organisation().ref());
            optional("type", p.organisation().type());
            xml.writeAttribute("role", p.role());
            optional("activity-id", p.activityId());
            narrative(p.organisation().name());
            xml.writeEndElement();
        }
        empty("activity-status", "code", a.status());
        for (IatiActivity.ActivityDate date : a.dates()) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", date.type());
            xml.writeAttribute("iso-date", date.on().toString());
        }
        if (a.recipientCountry() != null) {
            empty("recipient-country", "code", a.recipientCountry());
        }
        for (IatiActivity.Sector sector : a.sectors()) {
            classification("sector", sector.vocabulary(), null, sector.code(), sector.name());
        }
        for (IatiActivity.Tag tag : a.tags()) {
            classification("tag", tag.vocabulary(), tag.vocabularyUri(), tag.code(), tag.name());
        }
        for (IatiActivity.PolicyMarker marker : a.policyMarkers()) {
            xml.writeEmptyElement("policy-marker");
            xml.writeAttribute("vocabulary", marker.vocabulary());
            xml.writeAttribute("code", marker.code());
            xml.writeAttribute("significance", marker.significance());
        }
        for (IatiActivity.Budget budget : a.budgets()) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", budget.type());
            xml.writeAttribute("status", budget.status());
            empty("period-start", "iso-date", budget.start().toString());
            empty("period-end", "iso-date", budget.end().toString());
            value(budget.value());
            xml.writeEndElement();
        }
        for (Transaction transaction : a.transactions()) {
            transaction(transaction);
        }
        for (IatiActivity.Related related : a.related()) {
            xml.writeEmptyElement("related-activity");
            xml.writeAttribute("ref", related.ref());
            xml.writeAttribute("type", related.type());
        }
        xml.writeEndElement();
    }

    /** A code of a vocabulary, with its name: a sector or a tag. */
    private void classification(String element, String vocabulary, String vocabularyUri, String code, String name)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("vocabulary", vocabulary);
        optional("vocabulary-uri", vocabularyUri);
        xml.writeAttribute("code", code);
        narrative(name);
        xml.writeEndElement();
    }

    private void transaction(Transaction t) throws XMLStreamException {
        xml.writeStartElement("transaction");
        xml.writeAttribute("ref", t.ref());
        empty("transaction-type", "code", t.type());
        empty("transaction-date", "iso-date", t.value().valueDate().toString());
        value(t.value());
        if (t.provider() != null) {
            party("provider-org", t.provider(), "provider-activity-id", null);
        }
        if (t.receiver() != null) {
            party("receiver-org", t.receiver(), "receiver-activity-id", t.receiverActivityId());
        }
        if (t.earmarking() != null) {
            xml.writeEmptyElement("aid-type");
            xml.writeAttribute("code", t.earmarking());
            xml.writeAttribute("vocabulary", IatiCodes.EARMARKING_CATEGORY);
        }
        xml.writeEndElement();
    }

    private void party(String element, Organisation org, String activityAttribute, String activityId)
            throws XMLStreamException {
        xml.writeStartElement(element);
        optional("ref", org.ref());
        optional(activityAttribute, activityId);
        optional("type", org.type());
        narrative(org.name());
        xml.writeEndElement();
    }

    private void organisation(String element, Organisation org) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("ref", org.ref());
        xml.writeAttribute("type", org.type());
        narrative(org.name());
        xml.writeEndElement();
    }

    /** Amounts as plain decimals ({@code xsd:decimal} has no exponent) in their own currency. */
    private void value(Amount amount) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", amount.currency());
        xml.writeAttribute("value-date", amount.valueDate().toString());
        xml.writeCharacters(amount.value().toPlainString());
        xml.writeEndElement();
    }

    private void narrated(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        narrative(text);
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        text("narrative", text);
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(XML_1_0_ILLEGAL.matcher(text).replaceAll(""));
        xml.writeEndElement();
    }

    private void empty(String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private void optional(String attribute, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(attribute, value);
        }
    }
}
