package org.hrcities.platform.adapter.in.web.api.media;

/** What an image shows, for those who cannot see it; blank clears it. */
public record DescribeMediaRequest(String alt) {
}
