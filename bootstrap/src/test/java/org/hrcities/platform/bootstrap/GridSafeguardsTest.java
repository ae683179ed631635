package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hrcities.platform.application.port.out.SignInFailuresContract;
import org.hrcities.platform.application.port.out.SignInFailuresPort;
import org.hrcities.platform.application.service.comment.FloodGuard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle of a cluster's members, on a real grid of three members on loopback: the port's
 * contract with each place on another member, and what a member's loss leaves (the grid's backups).
 * Their flood control is kept in the database they share and is tested there
 * ({@code PostgresFloodControlTest}).
 */
class GridSafeguardsTest {

    private static LoopbackGrid grid;
    private static final Safeguards[] MEMBERS = new Safeguards[3];

    @BeforeAll
    static void formGrid() throws Exception {
        grid = new LoopbackGrid(3);
        for (int i = 0; i < MEMBERS.length; i++) {
            MEMBERS[i] = Safeguards.shared(new FloodGuard(), grid.member(i));
        }
    }

    @AfterAll
    static void stopGrid() {
        grid.close();
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
    void the_failures_survive_the_loss_of_any_one_member() throws Exception {
        try (LoopbackGrid own = new LoopbackGrid(3)) {
            Safeguards[] members = {Safeguards.shared(new FloodGuard(), own.member(0)),
                    Safeguards.shared(new FloodGuard(), own.member(1)), Safeguards.shared(new FloodGuard(), own.member(2))};
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            // enough accounts that the lost member owned some of their entries
            for (int account = 0; account < 30; account++) {
                for (int i = 0; i < 5; i++) {
                    members[i % 3].signInFailures().recordFailure("account:guessed-" + account + "@example.org", now);
                }
            }
            own.kill(0);
            for (int account = 0; account < 30; account++) {
                Optional<Duration> wait = members[1 + account % 2].signInFailures()
                        .waitFor("account:guessed-" + account + "@example.org", now.plusSeconds(1));
                assertEquals(Optional.of(Duration.ofSeconds(4)), wait, "account " + account);
            }
            assertTrue(own.member(1).getCluster().getMembers().size() == 2);
        }
    }
}
