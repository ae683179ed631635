-- What imports brought in: each item of an exported site (by the id that site gave it) and what it
-- became here, with a digest of what the export said about it, so that importing the same export again
-- adds nothing and a later export updates only what changed.
CREATE TABLE import_ledger (
    source       VARCHAR(200) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    source_id    VARCHAR(200) NOT NULL,
    target_id    UUID         NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    recorded_at  BIGINT       NOT NULL,
    CONSTRAINT pk_import_ledger PRIMARY KEY (source_id, kind, source),
    CONSTRAINT ck_import_ledger_kind CHECK (kind IN ('POST', 'PAGE', 'COMMENT', 'TOPIC', 'PARTNER_CITY', 'MEDIA'))
);

-- The key leads with the id: the comments of a post are looked up by their ids in one IN list, which H2
-- answers through the key only when the list is on its first column (on (source, kind, source_id) it read
-- every comment of the source for each post: an import of 100,000 comments slowed 2.3-fold, quadratically).
-- An old address that names an item by its id alone (?p=123) finds it through the same key.
