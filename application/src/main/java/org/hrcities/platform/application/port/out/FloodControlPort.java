package org.hrcities.platform.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers when each sender last had a comment admitted, so that one sender cannot comment more
 * often than once per interval. A sender is known by several keys (its network address, its email):
 * a comment is admitted only when none of them had one admitted within the interval, and admitting it
 * records it under all of them in one step, so that of several comments from one sender sent at the
 * same moment exactly one is admitted, wherever they arrive.
 * <p>
 * One running site keeps this in its memory; the members of a cluster share it.
 */
public interface FloodControlPort {

    /**
     * Admits a comment from {@code senders} at {@code now} and records it, unless one of them had a
     * comment admitted less than {@code interval} ago. A zero interval admits everything and records nothing.
     */
    Admission admit(List<String> senders, Instant now, Duration interval);

    /**
     * Forgets everything recorded under {@code senders} (as when a commenter has their data erased):
     * their next comment is admitted as a first one. Joins the caller's transaction where the records
     * are kept in the storage.
     */
    void forget(List<String> senders);

    /** What {@link #admit} decided: {@link Granted} or {@link Refused}. */
    sealed interface Admission permits Granted, Refused {

        /** Empty when granted; for a refusal, how long the sender must still wait. */
        Optional<Duration> refusedFor();

        /** Takes a granted admission back when its comment was not stored in the end; nothing for a refusal. */
        void release();
    }

    /** The comment may be stored; {@code takeBack} forgets the record made for it. */
    record Granted(Runnable takeBack) implements Admission {

        /** A grant that recorded nothing, as with a zero interval. */
        public static final Granted UNRECORDED = new Granted(() -> { });

        public Granted {
            Objects.requireNonNull(takeBack, "takeBack");
        }

        @Override
        public Optional<Duration> refusedFor() {
            return Optional.empty();
        }

        @Override
        public void release() {
            takeBack.run();
        }
    }

    /** The sender commented less than an interval ago and must still wait {@code left}. */
    record Refused(Duration left) implements Admission {

        public Refused {
            Objects.requireNonNull(left, "left");
        }

        @Override
        public Optional<Duration> refusedFor() {
            return Optional.of(left);
        }

        @Override
        public void release() {
            // nothing was recorded
        }
    }
}
