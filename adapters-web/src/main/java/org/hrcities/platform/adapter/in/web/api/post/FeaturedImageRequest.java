package org.hrcities.platform.adapter.in.web.api.post;

/** The image that stands for a post: a media file's id ({@code mediaId}) and what it shows there ({@code alt}, required). */
public record FeaturedImageRequest(String mediaId, String alt) {
}
