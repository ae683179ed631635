package org.hrcities.platform.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What earlier imports brought in: for each item of an exported site (a WordPress post, page,
 * comment or term, by the id that site gave it), what it became here and a fingerprint of what it
 * said then. Importing the same export again finds every item here and adds nothing; a later export
 * adds what is new and updates what changed. Old addresses that name an item by its id there
 * ({@code ?p=123}) are answered from here too. Every method must be called inside
 * {@link TransactionPort#inTransaction}.
 */
public interface ImportLedgerPort {

    /** What the item of {@code source} became, if an import brought it in. */
    Optional<Entry> find(String source, Kind kind, String sourceId);

    /** What an item of this kind and id became, from whichever source brought it in last. */
    Optional<Entry> findAnySource(Kind kind, String sourceId);

    /**
     * What the items of {@code source} with these ids became, by id, for those an import brought in
     * (one question for the comments of a post, say).
     */
    Map<String, Entry> findAll(String source, Kind kind, Collection<String> sourceIds);

    /** Records the item (or what it says now, when recorded before). */
    void record(Entry entry);

    /**
     * Records an item known not to be recorded yet (it was just looked up in this transaction), without
     * asking first.
     */
    void add(Entry entry);

    /**
     * The kinds of item an export holds. A category or tag that an import made a partner city of
     * (instead of a topic) is a {@code PARTNER_CITY}, keyed as the topic would have been.
     */
    enum Kind {
        POST, PAGE, COMMENT, TOPIC, PARTNER_CITY, MEDIA
    }

    /**
     * One imported item: {@code source} is the exported site's address, {@code sourceId} the id the
     * item has there, {@code targetId} the id it has here, and {@code fingerprint} a digest of what the
     * export said about it (at most 64 characters).
     */
    record Entry(String source, Kind kind, String sourceId, UUID targetId, String fingerprint) {

        public static final int MAX_SOURCE_LENGTH = 200;
        public static final int MAX_SOURCE_ID_LENGTH = 200;
        public static final int MAX_FINGERPRINT_LENGTH = 64;

        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(targetId, "targetId");
            requireLength("source", source, MAX_SOURCE_LENGTH);
            requireLength("sourceId", sourceId, MAX_SOURCE_ID_LENGTH);
            requireLength("fingerprint", fingerprint, MAX_FINGERPRINT_LENGTH);
        }

        private static void requireLength(String name, String value, int max) {
            if (value == null || value.isEmpty() || value.length() > max) {
                throw new IllegalArgumentException(name + " must hold 1 to " + max + " characters");
            }
        }
    }
}
