package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.application.port.out.FloodControlContract;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.port.out.SignInFailuresContract;
import org.hrcities.platform.application.port.out.SignInFailuresPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The flood control and the sign-in throttle of a cluster's members, on a real grid of three
 * members on loopback: the ports' contracts with each place on another member, and what a member's
 * loss leaves (the grid's backups).
 */
class GridSafeguardsTest {

    private static LoopbackGrid grid;
    private static final Safeguards[] MEMBERS = new Safeguards[3];

    @BeforeAll
    static void formGrid() throws Exception {
        grid = new LoopbackGrid(3);
        for (int i = 0; i < MEMBERS.length; i++) {
            MEMBERS[i] = Safeguards.shared(grid.member(i));
        }
    }

    @AfterAll
    static void stopGrid() {
        grid.close();
    }

    @Nested
    class FloodControl extends FloodControlContract {
        @Override
        protected FloodControlPort arrivingAt(int n) {
            return MEMBERS[n].floodControl();
        }
    }

    @Nested
    class SignInFailures extends SignInFailuresContract {
        @Override
        protected SignInFailuresPort tryingAt(int n) {
            return MEMBERS[n].signInFailures();
        }
    }

    /** On a grid of its own, since it stops a member. */
    @Test
    void the_records_survive_the_loss_of_any_one_member() throws Exception {
        try (LoopbackGrid own = new LoopbackGrid(3)) {
            Safeguards[] members = {Safeguards.shared(own.member(0)), Safeguards.shared(own.member(1)),
                    Safeguards.shared(own.member(2))};
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Duration interval = Duration.ofMinutes(1);
            for (int i = 0; i < 200; i++) {
                members[i % 3].floodControl().admit(List.of("address:192.0.2." + i), now, interval);
            }
            for (int i = 0; i < 5; i++) {
                members[i % 3].signInFailures().recordFailure("account:guessed@example.org", now);
            }
            own.kill(0);
            int refused = 0;
            for (int i = 0; i < 200; i++) {
                refused += members[1 + i % 2].floodControl().admit(List.of("address:192.0.2." + i), now.plusSeconds(1), interval)
                        .refusedFor().isPresent() ? 1 : 0;
            }
            assertEquals(200, refused, "every sender is still remembered");
            Optional<Duration> wait = members[2].signInFailures().waitFor("account:guessed@example.org", now.plusSeconds(1));
            assertEquals(Optional.of(Duration.ofSeconds(4)), wait);
            assertTrue(own.member(1).getCluster().getMembers().size() == 2);
        }
    }
}
