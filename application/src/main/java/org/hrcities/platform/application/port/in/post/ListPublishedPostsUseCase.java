package org.hrcities.platform.application.port.in.post;

import org.hrcities.platform.domain.shared.Page;

/** Visitors browse the published posts, newest first. */
public interface ListPublishedPostsUseCase {

    Page<PublishedPost> listPublishedPosts(ListPublishedPostsQuery query);
}
