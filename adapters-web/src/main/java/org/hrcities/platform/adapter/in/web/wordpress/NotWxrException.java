package org.hrcities.platform.adapter.in.web.wordpress;

/**
 * Well-formed XML that is not a WordPress export (WXR): its root is not {@code rss}, its channel has no
 * {@code wp:wxr_version} before its first author, term or item, or it uses WordPress's prefixes without
 * declaring their namespaces. An Atom feed, or a blog's ordinary RSS feed, is refused with this.
 */
public final class NotWxrException extends WxrFormatException {

    private static final long serialVersionUID = 1L;

    NotWxrException(String detail, int line, int column) {
        super("not a WordPress export (WXR)", detail, line, column);
    }
}
