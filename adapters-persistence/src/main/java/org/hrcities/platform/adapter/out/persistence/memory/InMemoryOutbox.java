package org.hrcities.platform.adapter.out.persistence.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcities.platform.application.port.out.OutboxRepository;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/** The outbox in memory: gone with the process, like everything the memory adapter holds. */
final class InMemoryOutbox implements OutboxRepository {

    private static final Comparator<OutgoingMail> NEWEST_FIRST = Comparator.comparing(OutgoingMail::queuedAt)
            .thenComparing(mail -> mail.id().value(), Snapshots.UUID_BYTE_ORDER).reversed();
    private static final Comparator<OutgoingMail> LONGEST_DUE = Comparator.comparing(OutgoingMail::nextAttemptAt)
            .thenComparing(mail -> mail.id().value(), Snapshots.UUID_BYTE_ORDER);

    private final InMemoryTransactions transactions;
    private final Map<MailId, OutgoingMail> byId = new ConcurrentHashMap<>();

    InMemoryOutbox(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(OutgoingMail mail) {
        transactions.lockForWrite();
        store(mail);
    }

    private OutgoingMail store(OutgoingMail mail) {
        OutgoingMail stored = byId.get(mail.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (mail.version() != storedVersion) {
            throw new ConcurrentUpdateException("mail", mail.id());
        }
        transactions.onRollback(() -> {
            if (stored == null) {
                byId.remove(mail.id());
            } else {
                byId.put(mail.id(), stored);
            }
        });
        OutgoingMail copy = copy(mail, storedVersion + 1);
        byId.put(mail.id(), copy);
        return copy(copy, copy.version());
    }

    @Override
    public Optional<OutgoingMail> findById(MailId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(mail -> copy(mail, mail.version()));
    }

    @Override
    public List<OutgoingMail> claimDue(Instant now, Duration lease, int limit) {
        transactions.lockForWrite();
        List<OutgoingMail> due = byId.values().stream().filter(mail -> mail.isDue(now)).sorted(LONGEST_DUE)
                .limit(Math.max(0, limit)).map(mail -> copy(mail, mail.version())).toList();
        List<OutgoingMail> claimed = new ArrayList<>(due.size());
        for (OutgoingMail mail : due) {
            mail.claim(now, now.plus(lease));
            claimed.add(store(mail));
        }
        return claimed;
    }

    @Override
    public Page<OutgoingMail> findByState(DeliveryState state, PageRequest page) {
        transactions.requireTransaction();
        List<OutgoingMail> all = byId.values().stream().filter(mail -> mail.state() == state).sorted(NEWEST_FIRST)
                .toList();
        List<OutgoingMail> items = all.stream().skip(page.offset()).limit(page.size())
                .map(mail -> copy(mail, mail.version())).toList();
        return new Page<>(items, page, all.size());
    }

    @Override
    public Map<DeliveryState, Long> countByState() {
        transactions.requireTransaction();
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            counts.put(state, 0L);
        }
        byId.values().forEach(mail -> counts.merge(mail.state(), 1L, Long::sum));
        return counts;
    }

    @Override
    public int deleteSentBefore(Instant before) {
        transactions.lockForWrite();
        List<OutgoingMail> old = byId.values().stream()
                .filter(mail -> mail.sentAt().filter(sent -> sent.isBefore(before)).isPresent()).toList();
        old.forEach(mail -> byId.remove(mail.id()));
        transactions.onRollback(() -> old.forEach(mail -> byId.put(mail.id(), mail)));
        return old.size();
    }

    @Override
    public int deleteAllTo(EmailAddress to) {
        transactions.lockForWrite();
        String wanted = to.value().toLowerCase(java.util.Locale.ROOT);
        List<OutgoingMail> theirs = byId.values().stream()
                .filter(mail -> mail.message().to().value().toLowerCase(java.util.Locale.ROOT).equals(wanted)).toList();
        theirs.forEach(mail -> byId.remove(mail.id()));
        transactions.onRollback(() -> theirs.forEach(mail -> byId.put(mail.id(), mail)));
        return theirs.size();
    }

    private static OutgoingMail copy(OutgoingMail mail, long version) {
        return OutgoingMail.reconstitute(mail.id(), mail.message(), mail.queuedAt(), mail.state(), mail.attempts(),
                mail.nextAttemptAt(), mail.sentAt().orElse(null), mail.lastError().orElse(null), version);
    }
}
