package org.gcm.fund.iati;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The export as the test reads it: validated against the IATI 2.03 schema of the test resources, then queried by XPath. */
final class IatiDocument {

    private final byte[] bytes;
    private final Document dom;

    IatiDocument(byte[] bytes) throws Exception {
        this.bytes = bytes;
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        this.dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /**
     * Validates with javax.xml.validation against iati-activities-schema.xsd, which includes iati-common.xsd and
     * imports xml.xsd beside it; schemas may be read from files only, so nothing is fetched from the network.
     */
    void validate() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        URL schema = IatiDocument.class.getResource("/iati/iati-activities-schema.xsd");
        factory.newSchema(schema).newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes)));
    }

    List<Element> all(String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, dom, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The one element at {@code xpath}; fails when there is none or more. */
    Element one(String xpath) throws Exception {
        List<Element> found = all(xpath);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " elements at " + xpath);
        }
        return found.get(0);
    }

    String text(String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, dom);
    }

    /** Every element of the document, for the attributes that hold codes. */
    List<Element> elements() {
        List<Element> elements = new ArrayList<>();
        collect(dom.getDocumentElement(), elements);
        return elements;
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, into);
            }
        }
    }

    String asText() {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
