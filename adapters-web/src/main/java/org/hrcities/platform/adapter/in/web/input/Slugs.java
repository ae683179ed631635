package org.hrcities.platform.adapter.in.web.input;

import jakarta.ws.rs.NotFoundException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Slugs in request paths and inputs. A path that cannot be a slug names nothing: 404, not 400; an
 * input that cannot be one is refused on its field: 400.
 */
public final class Slugs {

    private Slugs() {
    }

    public static Slug fromPath(String text, String what) {
        try {
            return new Slug(text);
        } catch (InvalidValueException e) {
            throw new NotFoundException("no " + what + " has this address");
        }
    }

    /** A slug given in the input {@code field}; one that cannot be a slug is refused on that field, quoted. */
    public static Slug fromInput(String field, String text) {
        try {
            return new Slug(text == null ? null : text.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, "\"" + abbreviate(text) + "\" is not a slug: " + e.getMessage());
        }
    }

    private static String abbreviate(String text) {
        String printable = String.valueOf(text).replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }
}
