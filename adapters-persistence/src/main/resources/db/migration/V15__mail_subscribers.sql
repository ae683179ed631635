-- The addresses the site may write to about comments: a reader's once confirmed (double opt-in), a staff
-- member's own for the moderation digest. Kept lower-case, one row per address.
CREATE TABLE mail_subscribers (
    id                    UUID                        NOT NULL,
    version               BIGINT                      NOT NULL,
    email                 VARCHAR(100)                NOT NULL,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    confirmation_sent_at  TIMESTAMP(6) WITH TIME ZONE,
    confirmed_at          TIMESTAMP(6) WITH TIME ZONE,
    unsubscribed_at       TIMESTAMP(6) WITH TIME ZONE,
    moderation_digest     BOOLEAN                     NOT NULL,
    CONSTRAINT pk_mail_subscribers PRIMARY KEY (id),
    CONSTRAINT uq_mail_subscribers_email UNIQUE (email),
    CONSTRAINT ck_mail_subscribers_digest CHECK (NOT moderation_digest
        OR (confirmed_at IS NOT NULL AND unsubscribed_at IS NULL))
);

-- The comments whose news a subscriber asked for (their publication, replies to them). A comment
-- deleted, or a subscriber forgotten, takes its row along.
CREATE TABLE comment_watches (
    comment_id     UUID NOT NULL,
    subscriber_id  UUID NOT NULL,
    CONSTRAINT pk_comment_watches PRIMARY KEY (comment_id),
    CONSTRAINT fk_comment_watches_comment FOREIGN KEY (comment_id) REFERENCES comments (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_watches_subscriber FOREIGN KEY (subscriber_id) REFERENCES mail_subscribers (id)
        ON DELETE CASCADE
);

CREATE INDEX ix_comment_watches_subscriber ON comment_watches (subscriber_id);
CREATE INDEX ix_mail_subscribers_digest ON mail_subscribers (moderation_digest, created_at);
