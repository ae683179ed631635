package org.hrcities.platform.adapter.in.web.wordpress;

/**
 * A WordPress user named by the export ({@code wp:author}). Items and comments name their author by
 * {@link #login()}.
 *
 * @param id          the user's id on the exporting site
 * @param login       the user's login name, which items' {@code dc:creator} refers to
 * @param email       the user's e-mail address
 * @param displayName the name shown on the site, which may hold any letters
 * @param firstName   empty if the user gave none
 * @param lastName    empty if the user gave none
 */
public record WxrAuthor(long id, String login, String email, String displayName, String firstName, String lastName) {
}
