package org.hrcities.platform.adapter.in.web.site;

import org.hrcities.platform.domain.topic.Topic;

/** A topic as a link on a page. */
public record TopicLink(String slug, String name) {

    public static TopicLink of(Topic topic) {
        return new TopicLink(topic.slug().value(), topic.name());
    }

    public String href() {
        return "/topics/" + slug;
    }

    /** The address of the Atom feed of the posts filed under the topic. */
    public String feedHref() {
        return href() + "/feed.xml";
    }
}
