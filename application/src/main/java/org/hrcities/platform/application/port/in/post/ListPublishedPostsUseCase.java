package org.hrcities.platform.application.port.in.post;

import org.hrcities.platform.domain.shared.Page;

/** Visitors browse the published posts, newest first. */
public interface ListPublishedPostsUseCase {

    /** @throws org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException if the query names an unknown city */
    Page<PublishedPost> listPublishedPosts(ListPublishedPostsQuery query);
}
