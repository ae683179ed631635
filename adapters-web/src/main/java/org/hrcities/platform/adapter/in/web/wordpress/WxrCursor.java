package org.hrcities.platform.adapter.in.web.wordpress;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks the elements of one export, forward only, over the JDK's StAX reader: from an element to each
 * of its children, reading a child's text or skipping it whole. Elements are named by a key that does
 * not depend on the prefixes a file chose: {@code title} for RSS's own elements, {@code wp:post_id},
 * {@code excerpt:encoded}, {@code content:encoded} and {@code dc:creator} for the namespaces WordPress
 * declares (any WXR version), and {@code {uri}name} for any other namespace, which no caller asks for.
 */
final class WxrCursor {

    /** Every WXR version's namespace starts so: {@code http://wordpress.org/export/1.2/}, and 1.1/, 1.0/. */
    static final String WP_NAMESPACE_START = "http://wordpress.org/export/";
    static final String CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";

    private final XMLStreamReader xml;

    WxrCursor(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** Moves to the root element, refusing a document type declaration on the way. */
    void toRoot() throws XMLStreamException {
        for (int event = xml.getEventType(); event != START_ELEMENT; event = xml.next()) {
            if (event == DTD) {
                throw new WxrFormatException("refused", "the file has a document type declaration (DOCTYPE), which a "
                        + "WordPress export never has and which could expand entities without end or read other files",
                        line(), column());
            }
            if (event == END_DOCUMENT) {
                throw notWxr("the file has no element at all");
            }
        }
    }

    /** Reads what follows the root element, so that a file is refused whole if it is not well-formed. */
    void toEnd() throws XMLStreamException {
        while (xml.hasNext()) {
            xml.next();
        }
    }

    /**
     * Moves to the next child of the current element: true when on its start, false when on the end of
     * the current element. Called again after a child has been read or skipped, it moves to the next one.
     */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                return true;
            }
            if (event == END_ELEMENT) {
                return false;
            }
        }
    }

    /** The current element's key, such as {@code wp:post_id} (see the class). */
    String key() {
        String namespace = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (namespace == null || namespace.isEmpty()) {
            return name;
        }
        if (namespace.startsWith(WP_NAMESPACE_START)) {
            return (namespace.endsWith("/excerpt/") ? "excerpt:" : "wp:") + name;
        }
        return switch (namespace) {
            case CONTENT_NAMESPACE -> "content:" + name;
            case DC_NAMESPACE -> "dc:" + name;
            default -> "{" + namespace + "}" + name;
        };
    }

    /** The current element's name as the file writes it, for messages. */
    String shownName() {
        String prefix = xml.getPrefix();
        return "<" + (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + xml.getLocalName() + ">";
    }

    /** An attribute of the current element that has no namespace, or null. */
    String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    /** Reads the current element's text into {@code fields}, under its key, with where it was. */
    void readInto(WxrFields fields) throws XMLStreamException {
        String key = key();
        int line = line();
        int column = column();
        fields.put(key, text(), line, column);
    }

    /**
     * The current element's own text, exactly (CDATA sections joined, entities replaced, nothing
     * trimmed), skipping any child element; leaves the cursor on the element's end.
     */
    String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int event = xml.next(); event != END_ELEMENT; event = xml.next()) {
            if (event == CHARACTERS || event == CDATA || event == SPACE) {
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == START_ELEMENT) {
                skip();
            }
        }
        return text.toString();
    }

    /** Skips the current element with everything in it; leaves the cursor on its end. */
    void skip() throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            }
        }
    }

    /** A refusal of the file as not an export, at the cursor. */
    NotWxrException notWxr(String detail) {
        return new NotWxrException(detail, line(), column());
    }

    private int line() {
        Location location = xml.getLocation();
        return location == null ? -1 : location.getLineNumber();
    }

    private int column() {
        Location location = xml.getLocation();
        return location == null ? -1 : location.getColumnNumber();
    }
}
