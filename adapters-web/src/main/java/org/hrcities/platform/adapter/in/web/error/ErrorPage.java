package org.hrcities.platform.adapter.in.web.error;

import java.util.Map;
import org.hrcities.platform.adapter.in.web.render.Frame;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.domain.shared.Language;

/**
 * What an error page says: its status, a title and one sentence of explanation. The title and the
 * explanations written here are in the page's language; a {@code detail} comes from the problem
 * details, in English.
 */
public record ErrorPage(int status, String title, String message) {

    /** The page for a status, in words for visitors, in English. */
    public static ErrorPage forStatus(int status, String detail) {
        return forStatus(status, detail, Texts.of(Texts.SITE, Language.parse("en")));
    }

    /** The page for a status, in words for visitors, in the language of {@code texts}. */
    public static ErrorPage forStatus(int status, String detail, Texts texts) {
        return switch (status) {
            case 404 -> new ErrorPage(404, texts.t("error.404.title"), texts.t("error.404.text"));
            case 400 -> new ErrorPage(400, texts.t("error.400.title"), detail);
            case 403 -> new ErrorPage(403, texts.t("error.403.title"), detail);
            case 405 -> new ErrorPage(405, texts.t("error.405.title"), texts.t("error.405.text"));
            case 406, 415 -> new ErrorPage(status, texts.t("error.406.title"), texts.t("error.406.text"));
            case 408 -> new ErrorPage(408, texts.t("error.408.title"), detail);
            case 413 -> new ErrorPage(413, texts.t("error.413.title"), detail);
            case 431 -> new ErrorPage(431, texts.t("error.431.title"), detail);
            case 503 -> new ErrorPage(503, texts.t("error.503.title"), detail);
            default -> status >= 500
                    ? new ErrorPage(status, texts.t("error.500.title"), texts.t("error.500.text") + " " + detail)
                    : new ErrorPage(status, texts.t("error.other.title"), detail);
        };
    }

    /** The page as bytes, ready to send, in English. */
    public byte[] render() {
        return Templates.render("error.jte", java.util.Map.of("page", this));
    }

    /** The page as bytes, ready to send, in {@code frame}. */
    public byte[] render(Frame frame) {
        return Templates.render("error.jte", Map.of("page", this, "frame", frame));
    }
}
