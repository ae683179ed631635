package org.hrcities.platform.application.service.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.out.OutboxRepository;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/** An outbox in a map, keeping versions as the adapters do; for the services' tests. */
public final class FakeOutbox implements OutboxRepository {

    private final Map<MailId, OutgoingMail> byId = new LinkedHashMap<>();

    @Override
    public synchronized void save(OutgoingMail mail) {
        OutgoingMail stored = byId.get(mail.id());
        if (mail.version() != (stored == null ? 0 : stored.version())) {
            throw new ConcurrentUpdateException("mail", mail.id());
        }
        byId.put(mail.id(), copy(mail, mail.version() + 1));
    }

    @Override
    public synchronized Optional<OutgoingMail> findById(MailId id) {
        return Optional.ofNullable(byId.get(id)).map(mail -> copy(mail, mail.version()));
    }

    @Override
    public synchronized List<OutgoingMail> claimDue(Instant now, Duration lease, int limit) {
        List<OutgoingMail> claimed = new ArrayList<>();
        for (OutgoingMail mail : byId.values().stream().filter(m -> m.isDue(now))
                .sorted(Comparator.comparing(OutgoingMail::nextAttemptAt)).limit(limit).toList()) {
            OutgoingMail copy = copy(mail, mail.version());
            copy.claim(now, now.plus(lease));
            save(copy);
            claimed.add(findById(mail.id()).orElseThrow());
        }
        return claimed;
    }

    @Override
    public synchronized Page<OutgoingMail> findByState(DeliveryState state, PageRequest page) {
        List<OutgoingMail> all = byId.values().stream().filter(m -> m.state() == state)
                .sorted(Comparator.comparing(OutgoingMail::queuedAt).reversed()).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }

    @Override
    public synchronized Map<DeliveryState, Long> countByState() {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            counts.put(state, byId.values().stream().filter(m -> m.state() == state).count());
        }
        return counts;
    }

    @Override
    public synchronized int deleteSentBefore(Instant before) {
        List<MailId> old = byId.values().stream()
                .filter(m -> m.sentAt().filter(sent -> sent.isBefore(before)).isPresent()).map(OutgoingMail::id).toList();
        old.forEach(byId::remove);
        return old.size();
    }

    @Override
    public synchronized int deleteAllTo(EmailAddress to) {
        List<MailId> theirs = byId.values().stream()
                .filter(m -> m.message().to().value().equalsIgnoreCase(to.value())).map(OutgoingMail::id).toList();
        theirs.forEach(byId::remove);
        return theirs.size();
    }

    /** Every message, in the order first queued. */
    public synchronized List<OutgoingMail> all() {
        return byId.values().stream().map(m -> copy(m, m.version())).toList();
    }

    private static OutgoingMail copy(OutgoingMail mail, long version) {
        return OutgoingMail.reconstitute(mail.id(), mail.message(), mail.queuedAt(), mail.state(), mail.attempts(),
                mail.nextAttemptAt(), mail.sentAt().orElse(null), mail.lastError().orElse(null), version);
    }
}
