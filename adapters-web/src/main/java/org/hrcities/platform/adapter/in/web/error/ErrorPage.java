package org.hrcities.platform.adapter.in.web.error;

import org.hrcities.platform.adapter.in.web.render.Templates;

/** What an error page says: its status, a title and one sentence of explanation. */
public record ErrorPage(int status, String title, String message) {

    /** The page for a status, in words for visitors. */
    public static ErrorPage forStatus(int status, String detail) {
        return switch (status) {
            case 404 -> new ErrorPage(404, "Page not found",
                    "There is nothing at this address. The page may have moved, or the address may be mistyped.");
            case 400 -> new ErrorPage(400, "This request could not be understood", detail);
            case 403 -> new ErrorPage(403, "Not allowed", detail);
            case 405 -> new ErrorPage(405, "Not possible here", "This address cannot be used that way.");
            case 406, 415 -> new ErrorPage(status, "Format not available", "This address does not offer that format.");
            case 408 -> new ErrorPage(408, "Sent too slowly", detail);
            case 413 -> new ErrorPage(413, "Too much sent", detail);
            case 431 -> new ErrorPage(431, "Request headers too large", detail);
            case 503 -> new ErrorPage(503, "Temporarily unavailable", detail);
            default -> status >= 500
                    ? new ErrorPage(status, "Something went wrong",
                            "The site failed to show this page. Please try again in a moment. " + detail)
                    : new ErrorPage(status, "This request could not be answered", detail);
        };
    }

    /** The page as bytes, ready to send. */
    public byte[] render() {
        return Templates.render("error.jte", java.util.Map.of("page", this));
    }
}
