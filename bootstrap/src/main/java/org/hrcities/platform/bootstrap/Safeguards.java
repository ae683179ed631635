package org.hrcities.platform.bootstrap;

import com.hazelcast.core.HazelcastInstance;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.port.out.SignInFailuresPort;
import org.hrcities.platform.application.service.account.SignInThrottle;
import org.hrcities.platform.application.service.comment.FloodGuard;

/**
 * Where the site remembers who commented or failed to sign in lately: in this process for a single
 * instance, in the data grid for a cluster's members, so that a flooder or a password guesser gets
 * the same allowance however many members answer them.
 */
public record Safeguards(FloodControlPort floodControl, SignInFailuresPort signInFailures) {

    /** A single instance's: kept in this process, forgotten at a restart. */
    public static Safeguards inProcess() {
        return new Safeguards(new FloodGuard(), new SignInThrottle());
    }

    /** A cluster member's: shared with every member through {@code grid}. */
    static Safeguards shared(HazelcastInstance grid) {
        GridCall calls = new GridCall();
        return new Safeguards(new GridFloodControl(grid, calls), new GridSignInFailures(grid, calls));
    }
}
