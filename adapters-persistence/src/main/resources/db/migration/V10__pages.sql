-- Pages: content without a date or comments ("About the network"), read at /pages/{slug}.
CREATE TABLE site_pages (
    id             UUID                        NOT NULL,
    version        BIGINT                      NOT NULL,
    slug           VARCHAR(100)                NOT NULL,
    title          VARCHAR(400)                NOT NULL,
    body           VARCHAR(200000)             NOT NULL,
    status         VARCHAR(16)                 NOT NULL,
    menu_position  INTEGER,
    updated_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_site_pages PRIMARY KEY (id),
    CONSTRAINT uq_site_pages_slug UNIQUE (slug),
    CONSTRAINT ck_site_pages_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_site_pages_menu_position CHECK (menu_position IS NULL OR menu_position >= 0)
);

-- the navigation menu, read on every visitor page that is not cached yet
CREATE INDEX ix_site_pages_menu ON site_pages (status, menu_position);
