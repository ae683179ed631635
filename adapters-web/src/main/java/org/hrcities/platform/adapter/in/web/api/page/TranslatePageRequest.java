package org.hrcities.platform.adapter.in.web.api.page;

/**
 * The body of {@code POST /api/admin/pages/{id}/translations}: the page in another of the site's
 * languages, a new draft. A blank or missing {@code slug} is derived from the title; {@code body} is
 * Markdown; a missing {@code menuPosition} keeps the translation out of its language's menu.
 */
public record TranslatePageRequest(String language, String slug, String title, String body, Integer menuPosition) {
}
