package org.hrcities.platform.application.port.in.event;

import java.util.Objects;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/**
 * A page of the events visitors browse: the upcoming ones (soonest first), then the past ones (most
 * recent first), one list paged across both.
 *
 * @param page   which page
 * @param cityOrNull only the events this partner city hosts or organises; null for all
 */
public record ListEventsQuery(PageRequest page, Slug cityOrNull) {

    public ListEventsQuery {
        Objects.requireNonNull(page, "page");
    }
}
