-- Commenters' personal data (decision 0041): the sender's user agent, erased comments, and the
-- requests for a copy or the erasure of one's data.

-- The User-Agent header a comment came with, one line cut to 500 characters; moderators only ever see it.
-- Like sender_address, it is erased after hrc.privacy.sender-data-days.
ALTER TABLE comments ADD COLUMN user_agent VARCHAR(500);

-- An erased comment keeps its place in its thread without an email address ("Anonymous").
ALTER TABLE comments ALTER COLUMN author_email DROP NOT NULL;
ALTER TABLE comments ALTER COLUMN author_email_key DROP NOT NULL;

-- Whether an erasure deletes comments (those others answered stay, anonymised) rather than anonymising them.
ALTER TABLE discussion_settings ADD COLUMN erasure_deletes_comments BOOLEAN DEFAULT FALSE NOT NULL;

-- Requests for a copy (EXPORT) or the erasure (ERASURE) of the data held about an email address.
CREATE TABLE data_requests (
    id                  UUID                        NOT NULL,
    version             BIGINT                      NOT NULL,
    kind                VARCHAR(16)                 NOT NULL,
    email               VARCHAR(100)                NOT NULL,
    email_key           VARCHAR(100)                NOT NULL,
    origin              VARCHAR(16)                 NOT NULL,
    requested_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sender_address      VARCHAR(100),
    confirmed_at        TIMESTAMP(6) WITH TIME ZONE,
    completed_at        TIMESTAMP(6) WITH TIME ZONE,
    anonymised_comments INTEGER                     NOT NULL,
    deleted_comments    INTEGER                     NOT NULL,
    CONSTRAINT pk_data_requests PRIMARY KEY (id),
    CONSTRAINT ck_data_requests_kind CHECK (kind IN ('EXPORT', 'ERASURE')),
    CONSTRAINT ck_data_requests_origin CHECK (origin IN ('VISITOR', 'STAFF')),
    CONSTRAINT ck_data_requests_counts CHECK (anonymised_comments >= 0 AND deleted_comments >= 0)
);

-- staff's list, newest first; the limits per address and per sender
CREATE INDEX ix_data_requests_requested ON data_requests (requested_at DESC, id DESC);
CREATE INDEX ix_data_requests_email_key ON data_requests (email_key, requested_at);
CREATE INDEX ix_data_requests_sender ON data_requests (sender_address, requested_at);
