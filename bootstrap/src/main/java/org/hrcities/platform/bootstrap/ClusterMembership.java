package org.hrcities.platform.bootstrap;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;

/**
 * Whether this instance is a member of a cluster ({@code hrc.cluster.members} set: the jar's launcher
 * then started Payara Micro's data grid, see {@code SiteLauncher}) and, if so, the grid it joined.
 * A single instance has no grid: Payara binds none, so it is looked up only for a member.
 */
@ApplicationScoped
public class ClusterMembership {

    /** Where Payara Micro binds its Hazelcast instance. */
    static final String GRID = "payara/Hazelcast";

    @Inject
    Config config;

    /** The members as configured, empty for a single instance. */
    List<String> configuredMembers() {
        return config.getOptionalValue("hrc.cluster.members", String.class).stream()
                .flatMap(members -> java.util.Arrays.stream(members.split(",")))
                .map(String::strip).filter(member -> !member.isEmpty()).toList();
    }

    boolean clustered() {
        return !configuredMembers().isEmpty();
    }

    /** The running grid of a member; empty for a single instance or while the grid is not running. */
    Optional<HazelcastInstance> grid() throws NamingException {
        if (!clustered()) {
            return Optional.empty();
        }
        HazelcastInstance grid = (HazelcastInstance) new InitialContext().lookup(GRID);
        return grid != null && grid.getLifecycleService().isRunning() ? Optional.of(grid) : Optional.empty();
    }

    /** The members the grid sees now, this one included, as host:port. */
    static List<String> members(HazelcastInstance grid) {
        return grid.getCluster().getMembers().stream().map(Member::getAddress)
                .map(address -> address.getHost() + ":" + address.getPort()).toList();
    }
}
