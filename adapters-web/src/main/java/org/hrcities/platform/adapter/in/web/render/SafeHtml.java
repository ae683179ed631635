package org.hrcities.platform.adapter.in.web.render;

import java.util.Objects;

/**
 * HTML that has passed the sanitiser and may be written into a page as it is. Only {@link Markdown}
 * makes it (the constructor is not public), so a template that prints one with {@code $unsafe{}}
 * prints nothing a user could inject.
 */
public final class SafeHtml {

    private final String value;

    SafeHtml(String value) {
        this.value = Objects.requireNonNull(value, "html");
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml html && html.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
