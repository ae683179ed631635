-- Staff accounts: editors, moderators and administrators who sign in to the admin.
-- Email addresses are unique without regard to case: email_key holds the lower-cased address.

CREATE TABLE staff_accounts (
    id             UUID                        NOT NULL,
    version        BIGINT                      NOT NULL,
    email          VARCHAR(100)                NOT NULL,
    email_key      VARCHAR(100)                NOT NULL,
    display_name   VARCHAR(200)                NOT NULL,
    role           VARCHAR(16)                 NOT NULL,
    password_hash  VARCHAR(500)                NOT NULL,
    enabled        BOOLEAN                     NOT NULL,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_staff_accounts PRIMARY KEY (id),
    CONSTRAINT uq_staff_accounts_email_key UNIQUE (email_key),
    CONSTRAINT ck_staff_accounts_role CHECK (role IN ('ADMINISTRATOR', 'EDITOR', 'MODERATOR'))
);
