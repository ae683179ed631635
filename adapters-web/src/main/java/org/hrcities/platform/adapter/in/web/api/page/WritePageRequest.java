package org.hrcities.platform.adapter.in.web.api.page;

/**
 * The body of {@code POST /api/admin/pages} and {@code PUT /api/admin/pages/{id}}: what a page says
 * and where it stands in the menu. A blank or missing {@code slug} is derived from the title (new
 * page) or kept (change); {@code body} is Markdown; a missing {@code menuPosition} keeps the page out
 * of the menu. A new page is a draft until published.
 */
public record WritePageRequest(String slug, String title, String body, Integer menuPosition) {
}
