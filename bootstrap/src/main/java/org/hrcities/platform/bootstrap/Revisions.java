package org.hrcities.platform.bootstrap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import javax.naming.NamingException;
import org.hrcities.platform.adapter.in.web.cache.LocalRevisions;
import org.hrcities.platform.adapter.in.web.cache.RevisionSource;

/**
 * Chooses where the page store's revisions live: in this process for a single instance
 * ({@link LocalRevisions}), in the data grid for a cluster member ({@link GridRevisions}), so that a
 * change made through any member makes every member's stored pages of it old.
 */
@ApplicationScoped
public class Revisions {

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    RevisionSource revisions(ClusterMembership cluster) throws NamingException {
        if (!cluster.clustered()) {
            return new LocalRevisions();
        }
        return new GridRevisions(cluster.grid().orElseThrow(
                () -> new IllegalStateException("a cluster member without a running data grid")));
    }
}
