package org.hrcities.platform.adapter.in.web.admin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.form.FormToken;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.render.Texts;

/** Answers of the admin pages: never cached, never indexed, with the browser's form token. */
public final class AdminPages {

    public static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    /** Said when a form's token does not match: the usual cause is a form left open for a long time. */
    public static final String EXPIRED_FORM = "This form had expired or came from another site, so nothing was "
            + "changed. Please check what it says and send it again.";

    private AdminPages() {
    }

    /** An admin page, {@code template} with its model and the reader's texts as its parameter {@code t}. */
    public static Response page(int status, String template, Object model, Texts texts, FormToken token, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(status).type(HTML)
                .entity(Templates.render(template, model, Map.of("t", texts)));
        return token.attachTo(response, uri).build();
    }

    /** After a change: 303 to {@code path}, with {@code notice} (a short key the page turns into a sentence). */
    public static Response seeOther(String path, String notice) {
        UriBuilder target = UriBuilder.fromUri(path);
        if (notice != null) {
            target.queryParam("notice", notice);
        }
        return Response.seeOther(target.build()).build();
    }

    /** A field of a posted form as typed; "" when absent. */
    public static String value(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }

    /**
     * The version a form was read at (its hidden {@code version} field): 0 when absent (a new
     * aggregate), -1 when not a number, so that a tampered form can never match a stored version.
     */
    public static long version(MultivaluedMap<String, String> form) {
        String version = form.getFirst("version");
        try {
            return version == null ? 0 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
