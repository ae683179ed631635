-- The outbox: each message the site sends, written in the transaction that causes it, then delivered
-- by a worker. A worker claims a due message by moving next_attempt_at past its lease.
CREATE TABLE mail_outbox (
    id               UUID                        NOT NULL,
    version          BIGINT                      NOT NULL,
    kind             VARCHAR(40)                 NOT NULL,
    recipient        VARCHAR(100)                NOT NULL,
    subject          VARCHAR(200)                NOT NULL,
    body             VARCHAR(65536)              NOT NULL,
    unsubscribe      VARCHAR(2000),
    queued_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state            VARCHAR(8)                  NOT NULL,
    attempts         INTEGER                     NOT NULL,
    next_attempt_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP(6) WITH TIME ZONE,
    last_error       VARCHAR(500),
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT ck_mail_outbox_state CHECK (state IN ('QUEUED', 'SENT', 'FAILED')),
    CONSTRAINT ck_mail_outbox_sent CHECK ((sent_at IS NULL) = (state <> 'SENT')),
    CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0)
);

-- the worker's question: what is due, longest due first
CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_at, id);
-- the administrators' lists per state, newest first
CREATE INDEX ix_mail_outbox_state_queued ON mail_outbox (state, queued_at DESC, id DESC);

-- When each periodic job last started, so that of the processes sharing the database one runs it per period.
CREATE TABLE scheduled_job_runs (
    job              VARCHAR(100) NOT NULL,
    last_started_at  BIGINT       NOT NULL,
    CONSTRAINT pk_scheduled_job_runs PRIMARY KEY (job)
);

-- The site's own secret keys (base64), drawn once and shared by every process, such as the one that
-- signs the links in mails.
CREATE TABLE site_keys (
    name        VARCHAR(100)                NOT NULL,
    key_value   VARCHAR(100)                NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_site_keys PRIMARY KEY (name)
);
