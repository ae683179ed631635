package org.hrcities.platform.adapter.in.web.site;

import jakarta.ws.rs.core.UriBuilder;
import org.hrcities.platform.domain.shared.Page;

/** Previous and next links of a paged list; {@code base} keeps the other query parameters. */
public record Pager(int page, long totalPages, String previousHref, String nextHref) {

    public static Pager of(Page<?> page, String path, String query) {
        int number = page.request().page();
        return new Pager(number, page.totalPages(),
                page.hasPrevious() ? href(path, query, number - 1) : null,
                page.hasNext() ? href(path, query, number + 1) : null);
    }

    private static String href(String path, String query, int page) {
        UriBuilder uri = UriBuilder.fromPath(path);
        if (query != null && !query.isBlank()) {
            uri.queryParam("q", query);
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.build().toString();
    }

    public boolean isNeeded() {
        return previousHref != null || nextHref != null;
    }
}
