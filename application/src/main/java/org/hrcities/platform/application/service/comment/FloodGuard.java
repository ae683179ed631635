package org.hrcities.platform.application.service.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.domain.comment.EmailAddress;

/**
 * Remembers when each sender (by network address and by email) last had a comment accepted, in
 * memory: the {@link FloodControlPort} of a single running site. It does not survive a restart, and
 * each process keeps its own (a cluster's members share theirs in their database instead). Checking and
 * recording happen in one step under the guard's lock, so that two comments from one sender sent at
 * the same moment cannot both pass; an admission is released again when its comment is not stored
 * in the end.
 * <p>
 * It stays bounded: entries older than the interval are dropped as new ones come in (oldest first),
 * and beyond {@code capacity} entries the oldest are dropped even if recent. A burst from more distinct
 * senders than that within one interval can thus pass for its oldest senders; the rules on arrival
 * still apply to it.
 * <p>
 * Bounded by a count, with expiry, rather than by bytes: its keys are short by construction (a
 * network address of at most 64 characters, an email address of at most 100), so an entry takes
 * at most about 600 bytes and {@value #DEFAULT_CAPACITY} entries at most about 6 MB, whoever sends. A
 * byte budget would add nothing; a count is what says how many senders it can tell apart at once.
 */
public final class FloodGuard implements FloodControlPort {

    public static final int DEFAULT_CAPACITY = 10_000;

    /** Identity matters: an admission releases only the entries it made itself. */
    private static final class Stamp {
        private final Instant at;

        private Stamp(Instant at) {
            this.at = at;
        }
    }

    private record Entry(String sender, Stamp stamp) {
    }

    private final int capacity;
    private final Map<String, Stamp> lastAccepted = new HashMap<>();
    private final Deque<Entry> oldestFirst = new ArrayDeque<>();

    public FloodGuard() {
        this(DEFAULT_CAPACITY);
    }

    public FloodGuard(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** The keys a sender is known by: its network address (when known) and its email, ignoring case. */
    public static List<String> senders(String addressOrNull, EmailAddress email) {
        String byEmail = "email:" + email.value().toLowerCase(Locale.ROOT);
        return addressOrNull == null ? List.of(byEmail) : List.of("address:" + addressOrNull, byEmail);
    }

    @Override
    public synchronized Admission admit(List<String> senders, Instant now, Duration interval) {
        Objects.requireNonNull(now, "now");
        if (interval.isZero() || interval.isNegative()) {
            return Granted.UNRECORDED;
        }
        prune(now, interval);
        Duration wait = Duration.ZERO;
        for (String sender : senders) {
            Stamp last = lastAccepted.get(sender);
            if (last != null) {
                Duration left = Duration.between(now, last.at.plus(interval));
                if (left.compareTo(wait) > 0) {
                    wait = left;
                }
            }
        }
        if (!wait.isZero()) {
            return new Refused(wait);
        }
        Stamp stamp = new Stamp(now);
        for (String sender : senders) {
            lastAccepted.put(sender, stamp);
            oldestFirst.addLast(new Entry(sender, stamp));
        }
        prune(now, interval);
        List<String> recorded = List.copyOf(senders);
        return new Granted(() -> release(recorded, stamp));
    }

    @Override
    public synchronized void forget(List<String> senders) {
        senders.forEach(lastAccepted::remove);
    }

    /** How many senders the guard remembers. */
    public synchronized int size() {
        return lastAccepted.size();
    }

    private synchronized void release(List<String> senders, Stamp stamp) {
        for (String sender : senders) {
            lastAccepted.remove(sender, stamp);
        }
    }

    /** Drops entries that have expired, oldest first, and the oldest beyond the capacity. */
    private void prune(Instant now, Duration interval) {
        while (!oldestFirst.isEmpty()) {
            Entry oldest = oldestFirst.peekFirst();
            boolean expired = !oldest.stamp.at.plus(interval).isAfter(now);
            if (!expired && oldestFirst.size() <= capacity) {
                return;
            }
            oldestFirst.pollFirst();
            lastAccepted.remove(oldest.sender, oldest.stamp);
        }
    }
}
