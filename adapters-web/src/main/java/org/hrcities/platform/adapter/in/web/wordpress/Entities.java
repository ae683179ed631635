package org.hrcities.platform.adapter.in.web.wordpress;

import org.jsoup.parser.Parser;

/**
 * Titles and names as WordPress stored them, some with HTML entities ({@code &amp;}, {@code &#8211;})
 * that WordPress decodes when it shows them: decoded once, to the text readers saw.
 */
final class Entities {

    private Entities() {
    }

    static String decode(String text) {
        return text == null || text.indexOf('&') < 0 ? (text == null ? "" : text) : Parser.unescapeEntities(text, false);
    }
}
