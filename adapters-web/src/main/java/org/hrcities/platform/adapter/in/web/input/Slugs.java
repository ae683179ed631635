package org.hrcities.platform.adapter.in.web.input;

import jakarta.ws.rs.NotFoundException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;

/** Slugs in request paths. A path that cannot be a slug names nothing: 404, not 400. */
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
}
