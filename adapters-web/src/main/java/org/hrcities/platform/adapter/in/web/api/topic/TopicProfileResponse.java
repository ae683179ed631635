package org.hrcities.platform.adapter.in.web.api.topic;

import java.util.List;
import org.hrcities.platform.adapter.in.web.api.post.PostSummaryResponse;
import org.hrcities.platform.application.port.in.topic.TopicProfile;

/** A topic with a page of the published posts filed under it, newest first, and how many there are in all. */
public record TopicProfileResponse(TopicResponse topic, List<PostSummaryResponse> posts, long totalPosts) {

    public static TopicProfileResponse from(TopicProfile profile) {
        return new TopicProfileResponse(TopicResponse.from(profile.topic()),
                profile.posts().items().stream().map(PostSummaryResponse::from).toList(), profile.posts().totalItems());
    }
}
