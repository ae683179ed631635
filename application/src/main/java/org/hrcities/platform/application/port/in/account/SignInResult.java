package org.hrcities.platform.application.port.in.account;

import java.time.Duration;
import java.util.Objects;

/** What became of a sign-in attempt. */
public sealed interface SignInResult {

    /** The credentials were right: here is who signed in. */
    record SignedIn(StaffMember member) implements SignInResult {
        public SignedIn {
            Objects.requireNonNull(member, "member");
        }
    }

    /**
     * The email address and password do not match an enabled account. The answer never says which
     * of the two was wrong.
     */
    record Refused() implements SignInResult {
    }

    /** Too many failed attempts for this account or from this address: try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements SignInResult {
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        /** Whole seconds to wait, rounded up, at least 1. */
        public long retryAfterSeconds() {
            long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }
}
