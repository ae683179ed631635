package org.hrcities.platform.adapter.in.web.site.city;

import java.util.List;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;

/** One partner city and a page of the posts about it. */
public record CityPage(CityRow city, List<PostCard> posts, long totalPosts, Pager pager) {
}
