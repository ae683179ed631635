package org.hrcities.platform.adapter.in.web.api.shared;

/**
 * Where the same content is in another language: its language's code, its slug and title there, and
 * its address in the API ({@code url}).
 */
public record TranslationRefResponse(String language, String slug, String title, String url) {
}
