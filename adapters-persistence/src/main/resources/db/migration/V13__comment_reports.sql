-- Readers' reports of public comments, and the discussion setting that hides a comment once enough
-- readers reported it. The same SQL for H2 2.2 and PostgreSQL 15.

-- One row per report. The reader is a SHA-256 of a fixed prefix and their network address (64 hex
-- digits), never the address: it only tells readers apart, and one reader reports a comment once.
-- No foreign key to comments or posts: like the moderation log, reports outlive the comment (deleted
-- for good, or with its post) and keep counting in the transparency report. month_utc ('YYYY-MM',
-- UTC, the month the report was made) makes that report a portable GROUP BY. A report is open until
-- a moderator's decision on its comment closes it (DISMISSED when approved, UPHELD when removed).
CREATE TABLE comment_reports (
    id           UUID                        NOT NULL,
    version      BIGINT                      NOT NULL,
    comment_id   UUID                        NOT NULL,
    post_id      UUID                        NOT NULL,
    reporter     VARCHAR(64)                 NOT NULL,
    reason       VARCHAR(16)                 NOT NULL,
    note         VARCHAR(500),
    reported_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    month_utc    CHAR(7)                     NOT NULL,
    outcome      VARCHAR(16),
    closed_at    TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_comment_reports PRIMARY KEY (id),
    CONSTRAINT uq_comment_reports_reporter UNIQUE (comment_id, reporter),
    CONSTRAINT ck_comment_reports_reason CHECK (reason IN ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA')),
    CONSTRAINT ck_comment_reports_outcome CHECK (outcome IN ('DISMISSED', 'UPHELD')),
    CONSTRAINT ck_comment_reports_closed CHECK ((outcome IS NULL) = (closed_at IS NULL))
);

-- the Reported tab: open reports, the most recent first (a comment's own reports go by the unique key)
CREATE INDEX ix_comment_reports_open ON comment_reports (outcome, reported_at DESC);
-- the transparency report
CREATE INDEX ix_comment_reports_month ON comment_reports (month_utc);

-- Distinct readers whose open reports hide a public comment until a moderator decides; 0 = never.
ALTER TABLE discussion_settings ADD COLUMN report_threshold INTEGER DEFAULT 3 NOT NULL;
