package org.hrcities.platform.domain.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.junit.jupiter.api.Test;

class DataRequestTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static DataRequest request(DataRequestKind kind) {
        return DataRequest.open(DataRequestId.generate(), kind, EmailAddress.parse("ana@example.org"),
                DataRequestOrigin.VISITOR, "192.0.2.1", T0);
    }

    @Test
    void awaits_confirmation_for_a_day_then_expires() {
        DataRequest request = request(DataRequestKind.EXPORT);
        assertEquals(DataRequestState.AWAITING_CONFIRMATION, request.stateAt(T0.plus(Duration.ofHours(23))));
        assertEquals(DataRequestState.EXPIRED, request.stateAt(T0.plus(Duration.ofHours(24))));
        DataRequestNotAllowedException late = assertThrows(DataRequestNotAllowedException.class,
                () -> request.confirm(T0.plus(Duration.ofHours(24))));
        assertEquals(DataRequestNotAllowedException.Reason.EXPIRED, late.reason());
    }

    @Test
    void an_export_is_confirmed_once_then_downloaded_once_within_seven_days() {
        DataRequest request = request(DataRequestKind.EXPORT);
        request.confirm(T0.plusSeconds(60));
        assertEquals(DataRequestState.CONFIRMED, request.stateAt(T0.plusSeconds(61)));
        assertEquals(DataRequestNotAllowedException.Reason.USED, assertThrows(DataRequestNotAllowedException.class,
                () -> request.confirm(T0.plusSeconds(62))).reason());

        request.recordDownload(T0.plusSeconds(120));
        assertEquals(DataRequestState.COMPLETED, request.stateAt(T0.plusSeconds(121)));
        assertEquals(DataRequestNotAllowedException.Reason.USED, assertThrows(DataRequestNotAllowedException.class,
                () -> request.recordDownload(T0.plusSeconds(130))).reason());
    }

    @Test
    void a_download_link_runs_out_after_seven_days() {
        DataRequest request = request(DataRequestKind.EXPORT);
        request.confirm(T0);
        Instant end = T0.plus(DataRequest.DOWNLOAD_VALIDITY);
        assertEquals(DataRequestState.EXPIRED, request.stateAt(end));
        assertEquals(DataRequestNotAllowedException.Reason.EXPIRED, assertThrows(DataRequestNotAllowedException.class,
                () -> request.recordDownload(end)).reason());
    }

    @Test
    void an_erasure_is_completed_with_its_counts_and_never_downloaded() {
        DataRequest request = request(DataRequestKind.ERASURE);
        assertThrows(IllegalStateException.class, () -> request.recordErasure(T0, 1, 0), "not confirmed yet");
        request.confirm(T0.plusSeconds(5));
        request.recordErasure(T0.plusSeconds(5), 2, 1);
        assertEquals(DataRequestState.COMPLETED, request.stateAt(T0.plus(Duration.ofDays(30))));
        assertEquals(2, request.anonymisedComments());
        assertEquals(1, request.deletedComments());
        assertThrows(IllegalStateException.class, () -> request.recordErasure(T0.plusSeconds(6), 0, 0));
        assertThrows(IllegalStateException.class, () -> request.recordDownload(T0.plusSeconds(6)));
    }

    @Test
    void forgets_its_sender_address_and_never_prints_the_email() {
        DataRequest request = request(DataRequestKind.EXPORT);
        request.forgetSenderAddress();
        assertEquals(java.util.Optional.empty(), request.senderAddress());
        assertEquals(false, request.toString().contains("ana@"));
    }
}
