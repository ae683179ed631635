package org.hrcities.platform.adapter.out.persistence.jpa;

import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Leaves reconnecting to the connection pool. By default EclipseLink retries a query that lost its
 * connection three times, five seconds apart: with the database down a request would hang for
 * fifteen seconds and more. HikariCP validates every connection it lends, and its connect timeout
 * bounds the wait, so a failure here is answered at once (503 at the web layer).
 */
public final class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
