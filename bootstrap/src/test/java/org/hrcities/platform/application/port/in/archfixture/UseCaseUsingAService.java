package org.hrcities.platform.application.port.in.archfixture;

import org.hrcities.platform.application.service.post.PostReadingService;

/**
 * DELIBERATE VIOLATION (architecture test fixture): an inbound port that names its implementation.
 * Breaks rule 3b (no port depends on application.service) only.
 */
public interface UseCaseUsingAService {
    PostReadingService implementation();
}
