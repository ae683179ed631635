package org.hrcities.platform.application.service.migration;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.hrcities.platform.domain.shared.DomainException;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Slugs of an exported site made into slugs of this one. WordPress keeps letters outside ASCII
 * percent-encoded in its slugs ({@code %c3%a9t%c3%a9}); this platform's slugs are ASCII, so such a
 * slug is derived anew from its decoded text.
 */
final class Slugs {

    private Slugs() {
    }

    /** The exported slug when it is valid here, else one derived from it, else from the title, else the fallback. */
    static Slug of(String exported, String title, String fallback) {
        return valid(exported)
                .or(() -> derived(decoded(exported)))
                .or(() -> derived(title))
                .orElseGet(() -> derived(fallback).orElseThrow());
    }

    /** The exported slug as it is, or derived from its decoded text, when that makes a valid slug. */
    static Optional<Slug> valid(String exported) {
        if (exported == null || exported.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Slug(exported.strip().toLowerCase(Locale.ROOT)));
        } catch (DomainException e) {
            return derived(decoded(exported));
        }
    }

    /** {@code slug-2}, {@code slug-3}: the slug with a number, shortened to stay within the limit. */
    static Slug numbered(Slug slug, int n) {
        String suffix = "-" + n;
        String base = slug.value();
        if (base.length() + suffix.length() > Slug.MAX_LENGTH) {
            base = base.substring(0, Slug.MAX_LENGTH - suffix.length()).replaceAll("-+$", "");
        }
        return new Slug(base + suffix);
    }

    private static Optional<Slug> derived(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Slug.fromTitle(text));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    private static String decoded(String exported) {
        if (exported == null) {
            return null;
        }
        try {
            return URLDecoder.decode(exported.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return exported;
        }
    }
}
