package org.hrcities.platform.adapter.in.web.site.topic;

import java.util.List;
import org.hrcities.platform.adapter.in.web.render.SafeHtml;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;
import org.hrcities.platform.adapter.in.web.site.TopicLink;

/** One topic, what it covers (its description rendered from Markdown) and a page of the posts filed under it. */
public record TopicPage(TopicLink topic, SafeHtml description, List<PostCard> posts, long totalPosts, Pager pager) {

    public boolean hasDescription() {
        return !description.value().isBlank();
    }
}
