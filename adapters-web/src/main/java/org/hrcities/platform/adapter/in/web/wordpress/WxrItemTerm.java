package org.hrcities.platform.adapter.in.web.wordpress;

/**
 * An item's term, from {@code <category domain="post_tag" nicename="housing">housing</category>}.
 *
 * @param domain   the term's taxonomy: {@code category}, {@code post_tag}, or another
 * @param nicename the term's slug
 * @param name     the term's name
 */
public record WxrItemTerm(String domain, String nicename, String name) {
}
