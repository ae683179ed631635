package org.hrcities.platform.adapter.in.web.site;

import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.domain.shared.Page;

/** Previous and next links of a paged list; {@code base} keeps the other query parameters. */
public record Pager(int page, long totalPages, String previousHref, String nextHref) {

    public static Pager of(Page<?> page, String path, String query) {
        int number = page.request().page();
        return new Pager(number, page.totalPages(),
                page.hasPrevious() ? href(path, query, number - 1) : null,
                page.hasNext() ? href(path, query, number + 1) : null);
    }

    /** As {@link #of(Page, String, String)}, keeping every parameter of {@code parameters} that has a value. */
    public static Pager withParameters(Page<?> page, String path, Map<String, String> parameters) {
        int number = page.request().page();
        return new Pager(number, page.totalPages(),
                page.hasPrevious() ? href(path, parameters, number - 1) : null,
                page.hasNext() ? href(path, parameters, number + 1) : null);
    }

    private static String href(String path, String query, int page) {
        return href(path, query == null ? Map.of() : Map.of("q", query), page);
    }

    private static String href(String path, Map<String, String> parameters, int page) {
        UriBuilder uri = UriBuilder.fromPath(path);
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, Paging.literal(value));
            }
        });
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.build().toString();
    }

    public boolean isNeeded() {
        return previousHref != null || nextHref != null;
    }
}
