package org.hrcities.platform.adapter.in.web.api.post;

import java.util.List;

/**
 * The body of {@code POST /api/admin/posts} and {@code PUT /api/admin/posts/{id}}: everything an
 * editor writes. A blank or missing {@code slug} is derived from the title (new post) or kept (edit);
 * {@code partnerCities} lists partner city ids; {@code topics} lists the slugs of the topics to file
 * the post under (missing: none); {@code commentsOpen} missing means open; {@code featuredImage}
 * missing or null means none. {@code language} is the code of the language a new post is written in
 * (missing: the site's default), the language of a translation ({@code POST /api/admin/posts/{id}/translations},
 * where it is required); a change may repeat the post's own language, never name another.
 */
public record WritePostRequest(String title, String excerpt, String body, String slug, List<String> partnerCities,
                               List<String> topics, Boolean commentsOpen, String author,
                               FeaturedImageRequest featuredImage, String language) {

    /** A post in the language the address decides (the site's default for a new one). */
    public WritePostRequest(String title, String excerpt, String body, String slug, List<String> partnerCities,
                            List<String> topics, Boolean commentsOpen, String author,
                            FeaturedImageRequest featuredImage) {
        this(title, excerpt, body, slug, partnerCities, topics, commentsOpen, author, featuredImage, null);
    }

    /** A post without a featured image. */
    public WritePostRequest(String title, String excerpt, String body, String slug, List<String> partnerCities,
                            List<String> topics, Boolean commentsOpen, String author) {
        this(title, excerpt, body, slug, partnerCities, topics, commentsOpen, author, null);
    }
}
