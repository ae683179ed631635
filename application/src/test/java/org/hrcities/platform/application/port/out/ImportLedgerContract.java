package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    void finds_the_recorded_items_among_many_ids_at_once() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            ids.add(Integer.toString(i));
        }
        inTx(() -> {
            for (int i = 0; i < 1_200; i += 3) {
                storage.importLedger().add(new Entry(SITE, Kind.COMMENT, Integer.toString(i), UUID.randomUUID(), "f" + i));
            }
            storage.importLedger().add(new Entry(SITE, Kind.POST, "1", UUID.randomUUID(), "post"));
        });

        Map<String, Entry> found = inTx(() -> storage.importLedger().findAll(SITE, Kind.COMMENT, ids));

        assertEquals(400, found.size());
        assertEquals("f999", found.get("999").fingerprint());
        assertEquals(null, found.get("1"), "a post with that id is another item");
        assertEquals(Map.of(), inTx(() -> storage.importLedger().findAll(SITE, Kind.COMMENT, List.of())));
    }

    @Test
    void adding_an_item_recorded_already_fails_and_keeps_what_was_recorded() {
        UUID first = UUID.randomUUID();
        inTx(() -> storage.importLedger().add(new Entry(SITE, Kind.POST, "5", first, "a")));
        assertThrows(RuntimeException.class, () -> inTx(() -> storage.importLedger()
                .add(new Entry(SITE, Kind.POST, "5", UUID.randomUUID(), "b"))));
        assertEquals(first, inTx(() -> storage.importLedger().find(SITE, Kind.POST, "5")).orElseThrow().targetId());
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
