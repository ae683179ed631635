package org.hrcities.platform.adapter.in.web.wordpress;

/**
 * One meta entry of an item ({@code wp:postmeta}) or of a comment ({@code wp:commentmeta}). A key may
 * come more than once ({@code _wp_old_slug} does for every earlier slug).
 *
 * @param key   the meta key, as stored
 * @param value the value as stored: text, or PHP-serialised data for structured values
 */
public record WxrMeta(String key, String value) {
}
