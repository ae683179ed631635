-- Media files: what is known about each uploaded image. The same bytes are stored once (sha256).
CREATE TABLE media_files (
    id           UUID                        NOT NULL,
    version      BIGINT                      NOT NULL,
    file_name    VARCHAR(100)                NOT NULL,
    format       VARCHAR(8)                  NOT NULL,
    width        INTEGER                     NOT NULL,
    height       INTEGER                     NOT NULL,
    byte_count   BIGINT                      NOT NULL,
    sha256       VARCHAR(64)                 NOT NULL,
    alt_text     VARCHAR(300)                NOT NULL,
    uploaded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_media_files PRIMARY KEY (id),
    CONSTRAINT uq_media_files_sha256 UNIQUE (sha256),
    CONSTRAINT ck_media_files_format CHECK (format IN ('PNG', 'JPEG', 'WEBP', 'GIF')),
    CONSTRAINT ck_media_files_size CHECK (width > 0 AND height > 0 AND byte_count > 0)
);

-- the media library: newest first
CREATE INDEX ix_media_files_uploaded_at ON media_files (uploaded_at DESC, id DESC);

-- The bytes of media files, when the database keeps them (hrc.media.store=database). BYTEA is
-- PostgreSQL's binary string; H2 takes the same name for its BINARY VARYING (up to 1,000,000,000 bytes),
-- so one migration serves both. No foreign key to media_files: a store that keeps files on disk has
-- none either, and the services write the bytes last.
CREATE TABLE media_content (
    media_id  UUID   NOT NULL,
    version   BIGINT NOT NULL,
    bytes     BYTEA  NOT NULL,
    CONSTRAINT pk_media_content PRIMARY KEY (media_id)
);

-- A post's featured image: a media file's id and the text that describes it at the head of the post.
ALTER TABLE posts ADD COLUMN featured_media_id UUID;
ALTER TABLE posts ADD COLUMN featured_alt VARCHAR(300);
ALTER TABLE posts ADD CONSTRAINT ck_posts_featured CHECK ((featured_media_id IS NULL) = (featured_alt IS NULL));
