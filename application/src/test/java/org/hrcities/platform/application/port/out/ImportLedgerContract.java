package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.UUID;
import org.hrcities.platform.application.port.out.ImportLedgerPort.Entry;
import org.hrcities.platform.application.port.out.ImportLedgerPort.Kind;
import org.junit.jupiter.api.Test;

/** What every {@link ImportLedgerPort} must do. */
public abstract class ImportLedgerContract extends StorageContract {

    private static final String SITE = "https://hrc.example.org";

    @Test
    void finds_a_recorded_item_by_source_kind_and_id_and_nothing_else() {
        UUID post = UUID.randomUUID();
        inTx(() -> storage.importLedger().record(new Entry(SITE, Kind.POST, "42", post, "a1")));

        assertEquals(Optional.of(new Entry(SITE, Kind.POST, "42", post, "a1")),
                inTx(() -> storage.importLedger().find(SITE, Kind.POST, "42")));
        assertEquals(Optional.empty(), inTx(() -> storage.importLedger().find(SITE, Kind.COMMENT, "42")));
        assertEquals(Optional.empty(), inTx(() -> storage.importLedger().find(SITE, Kind.POST, "43")));
        assertEquals(Optional.empty(), inTx(() -> storage.importLedger().find("https://other.example", Kind.POST, "42")));
    }

    @Test
    void recording_an_item_again_replaces_what_it_became_and_its_fingerprint() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        inTx(() -> storage.importLedger().record(new Entry(SITE, Kind.TOPIC, "category:cities", first, "a1")));
        inTx(() -> storage.importLedger().record(new Entry(SITE, Kind.TOPIC, "category:cities", second, "b2")));

        assertEquals(Optional.of(new Entry(SITE, Kind.TOPIC, "category:cities", second, "b2")),
                inTx(() -> storage.importLedger().find(SITE, Kind.TOPIC, "category:cities")));
    }

    @Test
    void an_id_without_its_source_leads_to_the_item_recorded_last() {
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        inTx(() -> storage.importLedger().record(new Entry("https://old.example", Kind.POST, "7", older, "a")));
        inTx(() -> storage.importLedger().record(new Entry(SITE, Kind.POST, "7", newer, "b")));

        assertEquals(newer, inTx(() -> storage.importLedger().findAnySource(Kind.POST, "7")).orElseThrow().targetId());
        assertEquals(Optional.empty(), inTx(() -> storage.importLedger().findAnySource(Kind.PAGE, "7")));
    }

    @Test
    void an_undone_transaction_records_nothing() {
        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.importLedger().record(new Entry(SITE, Kind.POST, "9", UUID.randomUUID(), "a"));
            throw new IllegalStateException("the item's post could not be stored");
        }));
        assertEquals(Optional.empty(), inTx(() -> storage.importLedger().find(SITE, Kind.POST, "9")));
    }
}
