package org.hrcities.platform.application.port.in.topic;

import java.util.List;
import org.hrcities.platform.domain.topic.Topic;

/** Everyone looks through the topics posts are filed under, by name: editors to file a post, the API to list them. */
public interface ListTopicsUseCase {

    List<Topic> listTopics();
}
