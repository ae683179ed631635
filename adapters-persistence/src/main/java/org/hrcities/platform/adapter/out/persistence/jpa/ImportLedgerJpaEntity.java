package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code import_ledger}: one item of an exported site and what it became here. */
@Entity
@Table(name = "import_ledger")
@IdClass(ImportLedgerJpaEntity.Key.class)
public class ImportLedgerJpaEntity {

    @Id
    @Column(name = "source")
    String source;

    @Id
    @Column(name = "kind")
    String kind;

    @Id
    @Column(name = "source_id")
    String sourceId;

    @Column(name = "target_id", nullable = false)
    UUID targetId;

    @Column(name = "fingerprint", nullable = false)
    String fingerprint;

    /** Milliseconds since 1970; the latest record of an id wins where the source is not given. */
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;

    protected ImportLedgerJpaEntity() {
    }

    ImportLedgerJpaEntity(String source, String kind, String sourceId) {
        this.source = source;
        this.kind = kind;
        this.sourceId = sourceId;
    }

    /** The row's key: the exported site, the kind of item and its id there. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String source;
        String kind;
        String sourceId;

        public Key() {
        }

        Key(String source, String kind, String sourceId) {
            this.source = source;
            this.kind = kind;
            this.sourceId = sourceId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.source.equals(source) && key.kind.equals(kind)
                    && key.sourceId.equals(sourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, kind, sourceId);
        }
    }
}
