package org.hrcities.platform.application.port.out.archfixture;

import org.hrcities.platform.application.port.in.post.PostDetails;

/**
 * DELIBERATE VIOLATION (architecture test fixture): an outbound port that returns an inbound port's
 * result type. Breaks rule 3a (port.in and port.out do not depend on each other) only.
 */
public interface RepositoryUsingAUseCaseType {
    PostDetails details();
}
