package org.hrcities.platform.adapter.in.web.input;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * The {@code page} and {@code per_page} query parameters of list endpoints, and the headers that
 * tell a client where it is: {@code X-Total-Count}, {@code X-Total-Pages} and an RFC 8288
 * {@code Link} header with first, prev, next and last.
 */
public final class Paging {

    public static final int DEFAULT_PER_PAGE = 10;

    private Paging() {
    }

    /** Reads the paging parameters; absent ones take their defaults. */
    public static PageRequest request(String page, String perPage, int defaultPerPage) {
        FieldErrors errors = new FieldErrors();
        Integer pageNumber = errors.capture("page", () -> wholeNumber("page", page, 1));
        Integer size = errors.capture("per_page", () -> wholeNumber("per_page", perPage, defaultPerPage));
        errors.throwIfAny();
        PageRequest request = errors.capture(() -> new PageRequest(pageNumber, size));
        errors.throwIfAny();
        return request;
    }

    private static int wholeNumber(String name, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name,
                    name + " must be a whole number, not \"" + abbreviate(text) + "\"");
        }
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 20 ? printable : printable.substring(0, 20) + "...";
    }

    /** Adds the page's navigation headers: totals and the RFC 8288 Link header. */
    public static Response.ResponseBuilder withLinks(Response.ResponseBuilder response, Page<?> page, UriInfo uri) {
        response.header("X-Total-Count", page.totalItems()).header("X-Total-Pages", page.totalPages());
        List<String> links = new ArrayList<>();
        long last = Math.max(1, page.totalPages());
        int current = page.request().page();
        links.add(link(uri, page, 1, "first"));
        if (current > 1) {
            links.add(link(uri, page, Math.min(current - 1, last), "prev"));
        }
        if (current < last) {
            links.add(link(uri, page, current + 1, "next"));
        }
        links.add(link(uri, page, last, "last"));
        return response.header("Link", String.join(", ", links));
    }

    /**
     * A query parameter's value as a literal: a URI builder takes braces as a template's variables (and
     * fails to build without their values), so they go encoded.
     */
    public static String literal(String value) {
        return value.replace("{", "%7B").replace("}", "%7D");
    }

    private static String link(UriInfo uri, Page<?> page, long number, String relation) {
        UriBuilder target = uri.getRequestUriBuilder().replaceQuery(null);
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("per_page")) {
                target.queryParam(name, values.stream().map(Paging::literal).toArray());
            }
        });
        target.queryParam("page", number).queryParam("per_page", page.request().size());
        return "<" + target.build() + ">; rel=\"" + relation + "\"";
    }
}
