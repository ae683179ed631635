package org.hrcities.platform.adapter.in.web.api.page;

/**
 * The body of {@code POST /api/admin/pages} and {@code PUT /api/admin/pages/{id}}: what a page says
 * and where it stands in the menu. A blank or missing {@code slug} is derived from the title (new
 * page) or kept (change); {@code body} is Markdown; a missing {@code menuPosition} keeps the page out
 * of the menu. {@code language} is the new page's (the site's default when missing); a change keeps
 * the page's own and refuses another. A new page is a draft until published.
 */
public record WritePageRequest(String language, String slug, String title, String body, Integer menuPosition) {

    /** A page in the site's default language. */
    public WritePageRequest(String slug, String title, String body, Integer menuPosition) {
        this(null, slug, title, body, menuPosition);
    }
}
