package org.hrcities.platform.application.service.topic;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.application.port.in.topic.ListTopicsUseCase;
import org.hrcities.platform.application.port.in.topic.ReadTopicQuery;
import org.hrcities.platform.application.port.in.topic.ReadTopicUseCase;
import org.hrcities.platform.application.port.in.topic.TopicNotFoundException;
import org.hrcities.platform.application.port.in.topic.TopicProfile;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.application.service.post.PublishedPosts;
import org.hrcities.platform.domain.topic.Topic;

/**
 * Presents the topics posts are filed under: all of them by name, and one with a page of its
 * published posts as lists show them (with their cities, topics and comment counts).
 *
 * <p>One service for the two use cases of reading topics: {@link ListTopicsUseCase} and
 * {@link ReadTopicUseCase}.
 */
public class TopicService implements ListTopicsUseCase, ReadTopicUseCase {

    private final TopicRepository topics;
    private final PostRepository posts;
    private final PublishedPosts published;
    private final TransactionPort transactions;

    public TopicService(TopicRepository topics, PostRepository posts, CommentRepository comments,
                        PartnerCityRepository cities, MediaRepository media, TransactionPort transactions) {
        this.topics = Objects.requireNonNull(topics);
        this.posts = Objects.requireNonNull(posts);
        this.published = new PublishedPosts(posts, comments, cities, topics, media);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public List<Topic> listTopics() {
        return transactions.inTransaction(topics::findAll);
    }

    @Override
    public TopicProfile readTopic(ReadTopicQuery query) {
        return transactions.inTransaction(() -> {
            Topic topic = topics.findBySlug(query.slug()).orElseThrow(() -> new TopicNotFoundException(query.slug()));
            return new TopicProfile(topic, published.of(posts.findPublishedByTopic(query.language(), topic.id(), query.postsPage())));
        });
    }
}
