package org.hrcities.platform.adapter.in.web.wordpress;

/**
 * What {@link WxrReader} hands over while it reads an export, in the file's order: the site first, then
 * its authors and terms, then one item at a time. Each method does nothing unless overridden, so a
 * handler implements only what it needs. An exception thrown here stops the reading and reaches the
 * caller of {@link WxrReader#read} unchanged.
 */
public interface WxrHandler {

    /** The exported site, once, before any author, term or item. */
    default void site(WxrSite site) {
    }

    /** One author (a WordPress user who wrote something in the export). */
    default void author(WxrAuthor author) {
    }

    /** One category, tag or other taxonomy's term, once even though WordPress writes each twice. */
    default void term(WxrTerm term) {
    }

    /** One post, page, attachment or other item, with its terms, meta and comments. */
    default void item(WxrItem item) {
    }
}
