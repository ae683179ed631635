-- Flood control shared by every process that stores in this database (a cluster's members on
-- PostgreSQL): one row per sender key ("address:..." or "email:..."), holding when that sender last had
-- a comment admitted, in milliseconds since 1970 (0: never, or taken back), and the mark of the
-- admission that wrote it. An admission takes its keys' rows in the transaction that stores the comment,
-- so that of one sender's comments arriving on several members at once exactly one is admitted.
-- Rows whose admission has run out are deleted now and then, oldest first, through the index.
CREATE TABLE flood_admissions (
    sender       VARCHAR(120) NOT NULL,
    admitted_at  BIGINT       NOT NULL,
    mark         VARCHAR(36),
    CONSTRAINT pk_flood_admissions PRIMARY KEY (sender)
);

CREATE INDEX ix_flood_admissions_admitted_at ON flood_admissions (admitted_at);
