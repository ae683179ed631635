package org.hrcities.platform.adapter.in.web.api.archfixture;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a public web API class that is neither a
 * Resource, a Request nor a Response. Breaks rule 7c only.
 */
public record PostDto(String title) {
}
