package org.hrcities.platform.application.port.in.archfixture;

import org.hrcities.platform.application.port.out.PostRepository;

/**
 * DELIBERATE VIOLATION (architecture test fixture): an inbound port that hands out an outbound port.
 * Breaks rule 3a (port.in and port.out do not depend on each other) only.
 */
public interface UseCaseUsingARepository {
    PostRepository repository();
}
