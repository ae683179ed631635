package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hrcities.platform.application.port.in.setup.InitialContent;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;
import org.junit.jupiter.api.Test;

class DemoContentTest {

    private final InitialContent demo = DemoContent.build();

    @Test
    void holds_the_seven_partner_cities_of_the_network() {
        assertEquals(Set.of("Graz", "Lund", "Middelburg", "Nuremberg", "Utrecht", "Vienna", "York"),
                demo.cities().stream().map(city -> city.name()).collect(Collectors.toSet()));
    }

    @Test
    void holds_published_posts_a_draft_and_a_post_with_closed_comments() {
        assertEquals(6, demo.posts().stream().filter(Post::isPublished).count());
        assertEquals(1, demo.posts().stream().filter(post -> !post.isPublished()).count());
        assertTrue(demo.posts().stream().anyMatch(post -> post.isPublished() && !post.commentsOpen()));
    }

    @Test
    void files_published_posts_under_its_topics_and_every_topic_has_one() {
        Set<TopicId> topics = demo.topics().stream().map(Topic::id).collect(Collectors.toSet());
        Set<TopicId> used = demo.posts().stream().filter(Post::isPublished).flatMap(post -> post.topics().stream())
                .collect(Collectors.toSet());
        assertEquals(3, topics.size());
        assertEquals(topics, used, "every topic has a published post and every post's topic is in the demo");
        assertEquals(Set.of("housing", "human-rights-monitoring", "network-news"),
                demo.topics().stream().map(topic -> topic.slug().value()).collect(Collectors.toSet()));
    }

    @Test
    void holds_two_published_pages_that_make_up_the_menu_in_order() {
        assertEquals(List.of("About the network", "Privacy policy"), demo.pages().stream()
                .filter(SitePage::isInMenu)
                .sorted(Comparator.comparing(page -> page.menuPosition().orElseThrow()))
                .map(SitePage::title).toList());
        assertEquals(2, demo.pages().size());
    }

    @Test
    void holds_approved_and_pending_comments_and_replies_on_its_posts_only() {
        Set<PostId> posts = demo.posts().stream().map(Post::id).collect(Collectors.toSet());
        assertTrue(demo.comments().stream().allMatch(comment -> posts.contains(comment.postId())));
        assertTrue(demo.comments().stream().anyMatch(comment -> comment.status() == ModerationStatus.PENDING));
        assertTrue(demo.comments().stream().anyMatch(comment -> comment.status() == ModerationStatus.APPROVED));
        assertTrue(demo.comments().stream().anyMatch(comment -> comment.parentId().isPresent()));
        for (int i = 0; i < demo.comments().size(); i++) {
            Comment comment = demo.comments().get(i);
            int index = i;
            comment.parentId().ifPresent(parent -> assertTrue(demo.comments().subList(0, index).stream()
                    .anyMatch(earlier -> earlier.id().equals(parent)), "a reply follows the comment it answers"));
        }
    }
}
