package org.hrcities.platform.adapter.in.web.site.mail;

/**
 * The page a link from one of the site's messages opens: a heading, what happened or will happen,
 * and, while the link is unused, the one button that does it (a link opened by a mail scanner does
 * nothing by itself).
 *
 * @param buttonOrNull the button's text; null when there is nothing left to do
 */
public record MailLinkPage(String title, String message, String buttonOrNull, String action) {

    public boolean hasButton() {
        return buttonOrNull != null;
    }
}
