package org.hrcities.platform.bootstrap;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.port.out.SignInFailuresPort;
import org.hrcities.platform.application.service.account.SignInThrottle;
import org.hrcities.platform.application.service.comment.FloodGuard;

/**
 * Where the site remembers who commented or failed to sign in lately: in this process for a single
 * instance; for a cluster's members, the commenters in the database they share (decision 0036) and
 * the sign-in failures in the data grid, so that a flooder or a password guesser gets the same
 * allowance however many members answer them.
 */
public record Safeguards(FloodControlPort floodControl, SignInFailuresPort signInFailures) {

    /** A single instance's: kept in this process, forgotten at a restart. */
    public static Safeguards inProcess() {
        return new Safeguards(new FloodGuard(), new SignInThrottle());
    }

    /**
     * The configuration of a map of such records: copied to another member right after each write (an
     * asynchronous backup, so that a write waits for one member only), at most {@code capacity} entries per
     * member (the least recently used go first), and no statistics (nothing reads them).
     */
    static MapConfig recordsMap(String name, int capacity) {
        return new MapConfig(name).setBackupCount(0).setAsyncBackupCount(1).setStatisticsEnabled(false)
                .setEvictionConfig(new EvictionConfig().setEvictionPolicy(EvictionPolicy.LRU)
                        .setMaxSizePolicy(MaxSizePolicy.PER_NODE).setSize(capacity));
    }

    /**
     * A cluster member's: {@code floodControl} kept in the storage the members share, the sign-in
     * failures shared with every member through {@code grid}.
     */
    static Safeguards shared(FloodControlPort floodControl, HazelcastInstance grid) {
        return new Safeguards(floodControl, new GridSignInFailures(grid, new GridCall()));
    }
}
