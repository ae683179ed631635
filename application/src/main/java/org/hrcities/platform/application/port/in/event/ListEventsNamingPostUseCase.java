package org.hrcities.platform.application.port.in.event;

import java.util.List;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.post.PostId;

/** The published events a post announces or reports on, for the post's page. */
public interface ListEventsNamingPostUseCase {

    /** Published events that list the post, the soonest start first. */
    List<Event> listEventsNamingPost(PostId post);
}
