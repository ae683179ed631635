package org.hrcities.platform.application.port.in.topic;

/** Visitors read about one topic and the published posts filed under it. */
public interface ReadTopicUseCase {

    /** @throws TopicNotFoundException if no topic has the slug */
    TopicProfile readTopic(ReadTopicQuery query);
}
