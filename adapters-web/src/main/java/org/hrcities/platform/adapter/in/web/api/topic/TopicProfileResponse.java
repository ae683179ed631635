package org.hrcities.platform.adapter.in.web.api.topic;

import java.util.List;
import org.hrcities.platform.adapter.in.web.api.post.PostSummaryResponse;
import org.hrcities.platform.application.port.in.topic.TopicProfile;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * A topic with a page of the published posts in one language filed under it, newest first, and how many
 * there are in all.
 */
public record TopicProfileResponse(TopicResponse topic, List<PostSummaryResponse> posts, long totalPosts) {

    public static TopicProfileResponse from(TopicProfile profile, SiteLanguages languages) {
        return new TopicProfileResponse(TopicResponse.from(profile.topic()),
                profile.posts().items().stream().map(post -> PostSummaryResponse.from(post, languages)).toList(),
                profile.posts().totalItems());
    }
}
