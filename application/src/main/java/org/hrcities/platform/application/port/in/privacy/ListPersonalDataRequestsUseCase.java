package org.hrcities.platform.application.port.in.privacy;

import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/** Staff list the requests for a copy or the erasure of personal data, the most recent first. */
public interface ListPersonalDataRequestsUseCase {

    Page<DataRequestSummary> listPersonalDataRequests(PageRequest page);
}
