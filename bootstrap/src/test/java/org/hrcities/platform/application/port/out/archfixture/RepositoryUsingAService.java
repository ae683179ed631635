package org.hrcities.platform.application.port.out.archfixture;

import org.hrcities.platform.application.service.post.PostReadingService;

/**
 * DELIBERATE VIOLATION (architecture test fixture): an outbound port that depends on a service.
 * Breaks rule 3b (no port depends on application.service) only.
 */
public interface RepositoryUsingAService {
    void notify(PostReadingService service);
}
