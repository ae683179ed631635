package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hrcities.platform.application.port.out.FloodControlPort;

/**
 * Flood control kept in the database (PostgreSQL), shared by every process that stores there: the
 * members of a cluster. Each sender key has a row in {@code flood_admissions} with the time of its last
 * admitted comment. An admission is one statement in the transaction that stores the comment: it
 * inserts the keys' rows, or takes over those whose admission has run out, and locks them all until
 * that transaction ends. Of several comments from one sender arriving on several members at once,
 * the first to take a shared key holds its row; the others wait for its commit and then find the key
 * taken, so exactly one is admitted, and one that is not stored in the end (its transaction undone)
 * leaves no record. The records survive the restart of any member, and of all of them.
 * <p>
 * Keys are taken in one order (sorted) by every admission, so that two admissions of single comments
 * cannot lock each other's keys crosswise. A group of comments stored by one transaction takes its
 * comments' keys in arrival order, and two members' groups may meet crosswise: PostgreSQL then ends one
 * of the two transactions, and its comments are stored again one by one.
 * <p>
 * Rows whose admission has run out are deleted in the background, at most every
 * {@link #PURGE_INTERVAL}, a thousand at a time and skipping rows that a transaction holds.
 */
final class JpaFloodControl implements FloodControlPort, AutoCloseable {

    /** At most this often, rows whose admission has run out are deleted. */
    static final Duration PURGE_INTERVAL = Duration.ofSeconds(10);
    /** Rows deleted by one statement of a purge. */
    static final int PURGE_BATCH = 1_000;

    private static final Logger LOG = Logger.getLogger(JpaFloodControl.class.getName());

    private final JpaTransactions transactions;
    private final DataSource dataSource;
    private final boolean purgesInBackground;
    private final AtomicLong lastPurge = new AtomicLong(Long.MIN_VALUE);
    private final ExecutorService purger = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "hrc-flood-control-purge");
        thread.setDaemon(true);
        return thread;
    });

    JpaFloodControl(JpaTransactions transactions, DataSource dataSource) {
        this(transactions, dataSource, true);
    }

    /** @param purgesInBackground false: rows that ran out are deleted only by {@link #purge(long)} */
    JpaFloodControl(JpaTransactions transactions, DataSource dataSource, boolean purgesInBackground) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.purgesInBackground = purgesInBackground;
    }

    @Override
    public Admission admit(List<String> senders, Instant now, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return Granted.UNRECORDED;
        }
        List<String> keys = senders.stream().distinct().sorted().toList();
        if (keys.isEmpty()) {
            return Granted.UNRECORDED;
        }
        boolean joined = transactions.active();
        Admission admission = transactions.inTransaction(() -> take(keys, now, interval, joined));
        purgeNowAndThen(now, interval);
        return admission;
    }

    /** Deletes the senders' rows, in the caller's transaction when one runs. */
    @Override
    public void forget(List<String> senders) {
        List<String> keys = senders.stream().distinct().sorted().toList();
        if (keys.isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            Query delete = transactions.entityManager().createNativeQuery("DELETE FROM flood_admissions WHERE sender IN ("
                    + keys.stream().map(key -> "?").collect(Collectors.joining(", ")) + ")");
            for (int i = 0; i < keys.size(); i++) {
                delete.setParameter(i + 1, keys.get(i));
            }
            return delete.executeUpdate();
        });
    }

    /** Takes the keys' rows in the calling thread's transaction, or says how long their sender must wait. */
    private Admission take(List<String> keys, Instant now, Duration interval, boolean joined) {
        EntityManager entityManager = transactions.entityManager();
        String mark = UUID.randomUUID().toString();
        long at = now.toEpochMilli();
        Query insert = entityManager.createNativeQuery("INSERT INTO flood_admissions AS f (sender, admitted_at, mark) VALUES "
                + keys.stream().map(key -> "(?, ?, ?)").collect(Collectors.joining(", "))
                + " ON CONFLICT (sender) DO UPDATE SET admitted_at = EXCLUDED.admitted_at, mark = EXCLUDED.mark"
                + " WHERE f.admitted_at <= ? RETURNING f.sender");
        int position = 1;
        for (String key : keys) {
            insert.setParameter(position++, key);
            insert.setParameter(position++, at);
            insert.setParameter(position++, mark);
        }
        // a row admitted at this time or earlier has run out
        insert.setParameter(position, at - interval.toMillis());
        Set<String> taken = new HashSet<>();
        for (Object sender : insert.getResultList()) {
            taken.add((String) sender);
        }
        if (taken.size() == keys.size()) {
            EntityManager admittedIn = entityManager;
            return new Granted(() -> takeBack(keys, mark, joined ? admittedIn : null));
        }
        List<String> held = new ArrayList<>(keys);
        held.removeAll(taken);
        if (!taken.isEmpty()) {
            forget(entityManager, List.copyOf(taken), mark);
        }
        Query last = entityManager.createNativeQuery("SELECT MAX(admitted_at) FROM flood_admissions WHERE sender IN ("
                + held.stream().map(key -> "?").collect(Collectors.joining(", ")) + ")");
        for (int i = 0; i < held.size(); i++) {
            last.setParameter(i + 1, held.get(i));
        }
        // the held rows are locked by this transaction: nothing deletes them meanwhile
        Object admittedAt = last.getSingleResult();
        long left = admittedAt == null ? interval.toMillis() : ((Number) admittedAt).longValue() + interval.toMillis() - at;
        return new Refused(Duration.ofMillis(Math.max(1, left)));
    }

    /**
     * Takes an admission back: its keys' rows, where they still hold its mark, say "never admitted"
     * again (an admission that ran out was all the earlier one could be, and it counts as none). Made in
     * a transaction of the caller's, it is taken back there while that transaction runs; once that
     * transaction has ended there is nothing to take back (undone, it took the admission with it;
     * committed, it stored the comment). Made alone, it is taken back by a transaction of its own.
     */
    private void takeBack(List<String> keys, String mark, EntityManager admittedIn) {
        if (admittedIn == null) {
            transactions.inTransaction(() -> {
                forget(transactions.entityManager(), keys, mark);
                return null;
            });
        } else if (transactions.isCurrent(admittedIn)) {
            forget(admittedIn, keys, mark);
        }
    }

    private static void forget(EntityManager entityManager, List<String> keys, String mark) {
        Query forget = entityManager.createNativeQuery("UPDATE flood_admissions SET admitted_at = 0, mark = NULL"
                + " WHERE mark = ? AND sender IN (" + keys.stream().map(key -> "?").collect(Collectors.joining(", ")) + ")");
        forget.setParameter(1, mark);
        for (int i = 0; i < keys.size(); i++) {
            forget.setParameter(i + 2, keys.get(i));
        }
        forget.executeUpdate();
    }

    /** Starts a purge of the rows that ran out before {@code now}, unless one started less than {@link #PURGE_INTERVAL} ago. */
    private void purgeNowAndThen(Instant now, Duration interval) {
        if (!purgesInBackground) {
            return;
        }
        long last = lastPurge.get();
        long at = now.toEpochMilli();
        if (last != Long.MIN_VALUE && at - last < PURGE_INTERVAL.toMillis() || !lastPurge.compareAndSet(last, at)) {
            return;
        }
        long ranOut = at - interval.toMillis();
        try {
            purger.execute(() -> purge(ranOut));
        } catch (RuntimeException e) {
            // shut down with the storage
        }
    }

    /** Deletes the rows admitted at {@code ranOut} or earlier, a batch per statement; returns how many. */
    int purge(long ranOut) {
        int deleted = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM flood_admissions WHERE sender IN"
                     + " (SELECT sender FROM flood_admissions WHERE admitted_at <= ? ORDER BY admitted_at LIMIT "
                     + PURGE_BATCH + " FOR UPDATE SKIP LOCKED)")) {
            int batch;
            do {
                delete.setLong(1, ranOut);
                batch = delete.executeUpdate();
                connection.commit();
                deleted += batch;
            } while (batch == PURGE_BATCH);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "the flood control's old records were not deleted this time", e);
        }
        return deleted;
    }

    @Override
    public void close() {
        purger.shutdown();
        try {
            if (!purger.awaitTermination(5, TimeUnit.SECONDS)) {
                purger.shutdownNow();
            }
        } catch (InterruptedException e) {
            purger.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
