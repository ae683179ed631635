package org.hrcities.platform.application.port.in.event;

import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/** Staff list every event, drafts included, the latest start first. */
public interface ListEventsForAdministrationUseCase {

    Page<Event> listEventsForAdministration(PageRequest page);
}
