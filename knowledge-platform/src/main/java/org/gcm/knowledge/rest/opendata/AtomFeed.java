package org.gcm.knowledge.rest.opendata;

import java.time.OffsetDateTime;
import java.util.List;

import org.gcm.knowledge.domain.Practice;

/** An Atom 1.0 feed (RFC 4287) of newly published practices. */
public final class AtomFeed {

    public static final String MEDIA_TYPE = "application/atom+xml";

    private AtomFeed() {
    }

    public static String of(String base, List<Practice> newest, OffsetDateTime now) {
        OffsetDateTime updated = newest.isEmpty() ? now : newest.get(0).publishedAt;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>").append(escape(base + "/feed.atom")).append("</id>\n")
                .append("  <title>GCM knowledge platform: newly published</title>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <author><name>Global Compact for Migration knowledge platform</name></author>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(base + "/feed.atom")).append("\"/>\n");
        for (Practice p : newest) {
            String url = base + "/practices/" + p.id;
            xml.append("  <entry>\n")
                    .append("    <id>urn:uuid:").append(p.id).append("</id>\n")
                    .append("    <title xml:lang=\"").append(p.originalLanguage).append("\">").append(escape(p.title())).append("</title>\n")
                    .append("    <updated>").append(p.updatedAt.isAfter(p.publishedAt) ? p.updatedAt : p.publishedAt).append("</updated>\n")
                    .append("    <published>").append(p.publishedAt).append("</published>\n")
                    .append("    <link rel=\"alternate\" type=\"application/json\" href=\"").append(escape(url)).append("\"/>\n")
                    .append("    <summary xml:lang=\"").append(p.originalLanguage).append("\">").append(escape(p.summary())).append("</summary>\n")
                    .append("    <category term=\"").append(p.kind.name()).append("\" label=\"kind\"/>\n");
            for (Integer o : p.objectives) {
                xml.append("    <category scheme=\"").append(escape(LinkedData.objectivesScheme(base))).append("\" term=\"")
                        .append(o).append("\"/>\n");
            }
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
