package org.hrcities.platform.application.port.in.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.post.Post;

/**
 * A published event with what its page shows beside it.
 *
 * @param event      the event
 * @param city       the partner city it is held in, if any
 * @param organisers the partner cities that organise it, in the order the editor gave
 * @param posts      the posts that announce it or report on it that visitors can read, in the editor's order
 * @param over       whether it had ended when it was read
 */
public record EventView(Event event, Optional<PartnerCity> city, List<PartnerCity> organisers, List<Post> posts,
                        boolean over) {

    public EventView {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(city, "city");
        organisers = List.copyOf(organisers);
        posts = List.copyOf(posts);
    }
}
