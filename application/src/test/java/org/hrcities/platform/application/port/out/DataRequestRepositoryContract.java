package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.privacy.DataRequest;
import org.hrcities.platform.domain.privacy.DataRequestId;
import org.hrcities.platform.domain.privacy.DataRequestKind;
import org.hrcities.platform.domain.privacy.DataRequestOrigin;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** What every {@link DataRequestRepository} must do. */
public abstract class DataRequestRepositoryContract extends StorageContract {

    private static DataRequest request(String email, String sender, Instant at) {
        return DataRequest.open(DataRequestId.generate(), DataRequestKind.EXPORT, EmailAddress.parse(email),
                DataRequestOrigin.VISITOR, sender, at);
    }

    @Test
    void stores_a_request_and_its_changes_with_every_field() {
        DataRequest request = DataRequest.open(DataRequestId.generate(), DataRequestKind.ERASURE,
                EmailAddress.parse("Someone@example.org"), DataRequestOrigin.STAFF, "2001:db8::1", T0);
        inTx(() -> storage.dataRequests().save(request));
        DataRequest stored = inTx(() -> storage.dataRequests().findById(request.id())).orElseThrow();
        assertEquals(DataRequestKind.ERASURE, stored.kind());
        assertEquals("Someone@example.org", stored.email().value());
        assertEquals(DataRequestOrigin.STAFF, stored.origin());
        assertEquals(T0, stored.requestedAt());
        assertEquals(Optional.of("2001:db8::1"), stored.senderAddress());
        assertEquals(Optional.empty(), stored.confirmedAt());

        stored.confirm(T0.plusSeconds(60));
        stored.recordErasure(T0.plusSeconds(60), 3, 2);
        inTx(() -> storage.dataRequests().save(stored));

        DataRequest done = inTx(() -> storage.dataRequests().findById(request.id())).orElseThrow();
        assertEquals(Optional.of(T0.plusSeconds(60)), done.confirmedAt());
        assertEquals(Optional.of(T0.plusSeconds(60)), done.completedAt());
        assertEquals(3, done.anonymisedComments());
        assertEquals(2, done.deletedComments());
        assertTrue(done.version() > stored.version());
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.dataRequests().save(stored)));
        assertEquals(Optional.empty(), inTx(() -> storage.dataRequests().findById(DataRequestId.generate())));
    }

    @Test
    void lists_the_most_recent_first_with_totals() {
        DataRequest first = request("a@example.org", null, T0);
        DataRequest second = request("b@example.org", null, T0.plusSeconds(1));
        DataRequest third = request("c@example.org", null, T0.plusSeconds(2));
        inTx(() -> List.of(second, first, third).forEach(storage.dataRequests()::save));

        Page<DataRequest> page = inTx(() -> storage.dataRequests().findRecent(new PageRequest(1, 2)));
        assertEquals(3, page.totalItems());
        assertEquals(List.of(third.id(), second.id()), page.items().stream().map(DataRequest::id).toList());
        assertEquals(List.of(first.id()), inTx(() -> storage.dataRequests().findRecent(new PageRequest(2, 2)))
                .items().stream().map(DataRequest::id).toList());
    }

    @Test
    void counts_requests_per_address_ignoring_case_and_per_sender_since_a_time() {
        inTx(() -> {
            storage.dataRequests().save(request("Ana@example.org", "192.0.2.1", T0));
            storage.dataRequests().save(request("ana@example.org", "192.0.2.2", T0.plusSeconds(10)));
            storage.dataRequests().save(request("ben@example.org", "192.0.2.1", T0.plusSeconds(20)));
        });

        assertEquals(2, inTx(() -> storage.dataRequests().countForEmailSince(EmailAddress.parse("ANA@example.org"), T0)));
        assertEquals(1, inTx(() -> storage.dataRequests().countForEmailSince(EmailAddress.parse("ana@example.org"),
                T0.plusSeconds(1))));
        assertEquals(2, inTx(() -> storage.dataRequests().countFromSenderSince("192.0.2.1", T0)));
        assertEquals(1, inTx(() -> storage.dataRequests().countFromSenderSince("192.0.2.1", T0.plusSeconds(20))));
        assertEquals(0, inTx(() -> storage.dataRequests().countFromSenderSince("192.0.2.9", T0)));
    }

    @Test
    void forgets_the_sender_addresses_before_a_time_in_bounded_batches() {
        DataRequest a = request("a@example.org", "192.0.2.1", T0);
        DataRequest b = request("b@example.org", "192.0.2.2", T0.plusSeconds(1));
        DataRequest c = request("c@example.org", "192.0.2.3", T0.plusSeconds(100));
        inTx(() -> List.of(a, b, c).forEach(storage.dataRequests()::save));

        assertEquals(1, inTx(() -> storage.dataRequests().forgetSenderAddressesBefore(T0.plusSeconds(50), 1)));
        assertEquals(1, inTx(() -> storage.dataRequests().forgetSenderAddressesBefore(T0.plusSeconds(50), 1)));
        assertEquals(0, inTx(() -> storage.dataRequests().forgetSenderAddressesBefore(T0.plusSeconds(50), 1)));

        assertEquals(Optional.empty(), inTx(() -> storage.dataRequests().findById(a.id())).orElseThrow().senderAddress());
        assertEquals(Optional.empty(), inTx(() -> storage.dataRequests().findById(b.id())).orElseThrow().senderAddress());
        assertEquals(Optional.of("192.0.2.3"), inTx(() -> storage.dataRequests().findById(c.id())).orElseThrow().senderAddress());
    }

    @Test
    void a_request_undone_with_its_transaction_is_not_stored() {
        DataRequest request = request("a@example.org", null, T0);
        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.dataRequests().save(request);
            throw new IllegalStateException("the second write fails");
        }));
        assertEquals(Optional.empty(), inTx(() -> storage.dataRequests().findById(request.id())));
    }
}
