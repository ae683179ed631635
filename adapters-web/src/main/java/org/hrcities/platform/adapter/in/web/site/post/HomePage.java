package org.hrcities.platform.adapter.in.web.site.post;

import java.util.List;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;

/** The latest published posts, a page at a time. */
public record HomePage(List<PostCard> posts, Pager pager) {
}
