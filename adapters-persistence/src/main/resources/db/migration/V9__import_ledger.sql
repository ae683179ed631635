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
    CONSTRAINT pk_import_ledger PRIMARY KEY (source, kind, source_id),
    CONSTRAINT ck_import_ledger_kind CHECK (kind IN ('POST', 'PAGE', 'COMMENT', 'TOPIC', 'PARTNER_CITY', 'MEDIA'))
);

-- old addresses that name an item by its id alone (?p=123), whichever export brought it in
CREATE INDEX ix_import_ledger_kind_source_id ON import_ledger (kind, source_id, recorded_at DESC);
