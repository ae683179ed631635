package org.hrcities.platform.bootstrap;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.service.comment.FloodGuard;

/**
 * The flood control of a cluster's members, in a map of the data grid ({@value #MAP}): one entry per
 * sender key, whose value is the time of the sender's last admitted comment and a random mark, kept
 * for the interval (the grid drops it then). Admitting a comment takes each of its keys with
 * {@code putIfAbsent}, which the grid performs on the key's owner one call at a time: of several
 * comments from one sender arriving on several members at once, exactly one takes the first key they
 * share; a comment refused on a later key gives back the keys it took. The grid copies each entry to
 * another member right after the write (an asynchronous backup, so that a write waits for one member
 * only): the records survive the loss of any one member, but for the few milliseconds' worth of writes
 * not copied yet when it is lost.
 * <p>
 * When the grid does not answer within {@link GridCall#DEADLINE} (a member stopped or cut off), the
 * member falls back on a {@link FloodGuard} of its own: during the split a sender may get one comment
 * through per member and interval; every comment is still held or judged by the rules on arrival.
 */
final class GridFloodControl implements FloodControlPort {

    static final String MAP = "hrc-flood-control";

    private final GridCall calls;
    private final IMap<String, String> lastAdmitted;
    private final FloodGuard alone = new FloodGuard();

    GridFloodControl(HazelcastInstance grid, GridCall calls) {
        this.calls = calls;
        grid.getConfig().addMapConfig(Safeguards.recordsMap(MAP, FloodGuard.DEFAULT_CAPACITY));
        lastAdmitted = GridMaps.outsideTheApplication(grid, MAP);
    }

    @Override
    public Admission admit(List<String> senders, Instant now, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return Granted.UNRECORDED;
        }
        return calls.within("flood control", () -> admitShared(senders, now, interval))
                .orElseGet(() -> alone.admit(senders, now, interval));
    }

    private Admission admitShared(List<String> senders, Instant now, Duration interval) {
        String mark = now.toEpochMilli() + "/" + UUID.randomUUID();
        List<String> taken = new ArrayList<>();
        for (String sender : senders) {
            Optional<Duration> left = take(sender, mark, now, interval);
            if (left.isPresent()) {
                giveBack(taken, mark);
                return new Refused(left.get());
            }
            taken.add(sender);
        }
        return new Granted(() -> calls.within("flood control release", () -> {
            giveBack(taken, mark);
            return true;
        }));
    }

    /** Takes {@code sender}'s entry for this comment; or, when someone else's is still running, the time it has left. */
    private Optional<Duration> take(String sender, String mark, Instant now, Duration interval) {
        for (int attempt = 0; attempt < 8; attempt++) {
            String previous = lastAdmitted.putIfAbsent(sender, mark, interval.toMillis(), TimeUnit.MILLISECONDS);
            if (previous == null) {
                return Optional.empty();
            }
            Duration left = Duration.between(now, admittedAt(previous).plus(interval));
            if (left.isPositive()) {
                return Optional.of(left);
            }
            // over by this member's clock, not yet dropped by the grid's
            lastAdmitted.remove(sender, previous);
        }
        return Optional.of(Duration.ofSeconds(1));
    }

    private void giveBack(List<String> taken, String mark) {
        for (String sender : taken) {
            lastAdmitted.remove(sender, mark);
        }
    }

    private static Instant admittedAt(String mark) {
        return Instant.ofEpochMilli(Long.parseLong(mark.substring(0, mark.indexOf('/'))));
    }
}
