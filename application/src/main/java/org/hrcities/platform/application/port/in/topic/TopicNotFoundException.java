package org.hrcities.platform.application.port.in.topic;

import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * No topic is there: for editors, none has the id; for visitors, none answers at the slug. One
 * exception for every use case that looks a topic up, whatever by.
 */
public class TopicNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient TopicId id;

    /** No topic has the id. */
    public TopicNotFoundException(TopicId id) {
        super("no topic has the id " + id);
        this.id = id;
    }

    /** No topic answers at the slug. */
    public TopicNotFoundException(Slug slug) {
        super("no topic has the slug \"" + slug + "\"");
        this.id = null;
    }

    /** The id looked for; null when the topic was looked for by its slug. */
    public TopicId id() {
        return id;
    }
}
