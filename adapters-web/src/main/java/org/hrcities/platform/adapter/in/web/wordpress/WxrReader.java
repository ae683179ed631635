package org.hrcities.platform.adapter.in.web.wordpress;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR, the file of Tools &gt; Export, versions 1.0 to 1.2) in one pass and
 * hands what it holds to a {@link WxrHandler}: the site, the authors, the terms, then each item with
 * its terms, meta and comments. Memory grows with the largest item, never with the file, so an export
 * of any number of posts and comments can be read from a stream as it arrives.
 *
 * <p>The file is untrusted. It is read with the JDK's own StAX parser (whatever the application server
 * puts on the class path), which refuses a document type declaration, so no entity can expand without
 * end or read a file or an address; an entity reference other than XML's five is refused as undeclared,
 * and elements may nest a little deeper than WordPress's own, no more. What cannot be read is a
 * {@link WxrFormatException} saying where and why, or a {@link NotWxrException} for XML that is not an
 * export; a stream that fails is an {@link UncheckedIOException}.
 *
 * <p>A reader holds no state: one instance may read several exports at once. The stream is the caller's
 * to close.
 */
public final class WxrReader {

    /** Deeper than WordPress ever writes (five levels), with room for plugins' own elements. */
    static final int MAX_ELEMENT_DEPTH = 64;

    /** How the JDK's parser words a prefix without a namespace: {@code ...#ElementPrefixUnbound?wp&wp:post_id}. */
    private static final Pattern UNBOUND_PREFIX =
            Pattern.compile("#(Element|Attribute)PrefixUnbound\\?([^&]*)&([^&]*)(?:&(.*))?");
    /** The JDK's parser repeats the place in its messages, which the exception already says. */
    private static final Pattern PLACE =
            Pattern.compile("(?s)^ParseError at \\[row,col]:\\[-?\\d+,-?\\d+]\\s*Message:\\s*");

    /**
     * Reads the whole export, handing each part to {@code handler} as soon as it is read.
     *
     * @throws WxrFormatException when the file is not well-formed XML, declares a document type, or holds
     *                            a value that is not what WordPress writes there
     * @throws NotWxrException    when it is XML but not a WordPress export
     * @throws UncheckedIOException when the stream fails
     */
    public void read(InputStream export, WxrHandler handler) {
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(handler, "handler");
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(export);
            new WxrDocument(new WxrCursor(xml), handler).read();
        } catch (XMLStreamException e) {
            throw refusal(e);
        } finally {
            close(xml);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("an external entity or document type is refused: " + systemId);
        });
        return factory;
    }

    /** What the parser's exception means for the caller. */
    private static RuntimeException refusal(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof IOException io && !(io instanceof CharConversionException)) {
            return new UncheckedIOException("the export could not be read: " + io.getMessage(), io);
        }
        Location at = e.getLocation();
        int line = at == null ? -1 : at.getLineNumber();
        int column = at == null ? -1 : at.getColumnNumber();
        String detail = PLACE.matcher(String.valueOf(e.getMessage())).replaceFirst("").strip();
        Matcher unbound = UNBOUND_PREFIX.matcher(detail);
        if (unbound.find()) {
            String where = unbound.group(1).equals("Element")
                    ? "<" + unbound.group(3) + ">"
                    : "the attribute " + unbound.group(3) + " of <" + unbound.group(2) + ">";
            String prefix = unbound.group(1).equals("Element") ? unbound.group(2) : unbound.group(4);
            return new NotWxrException("the prefix \"" + prefix + "\" of " + where + " is not declared as a namespace "
                    + "(a WordPress export declares its namespaces on <rss>)", line, column);
        }
        return new WxrFormatException("malformed XML", detail, line, column, e);
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the parser holds nothing else: the stream is the caller's to close
        }
    }
}
