-- Schema of the hrc-platform, the same for H2 and PostgreSQL.
-- Text columns are sized in characters with room for the domain's limits (which count code points
-- or UTF-8 bytes); the domain enforces the exact limits.

CREATE TABLE partner_cities (
    id            UUID             NOT NULL,
    version       BIGINT           NOT NULL,
    slug          VARCHAR(100)     NOT NULL,
    name          VARCHAR(200)     NOT NULL,
    country_code  CHAR(2)          NOT NULL,
    membership    VARCHAR(32)      NOT NULL,
    member_since  INTEGER          NOT NULL,
    website       VARCHAR(200),
    latitude      DOUBLE PRECISION NOT NULL,
    longitude     DOUBLE PRECISION NOT NULL,
    description   VARCHAR(2000)    NOT NULL,
    CONSTRAINT pk_partner_cities PRIMARY KEY (id),
    CONSTRAINT uq_partner_cities_slug UNIQUE (slug)
);

CREATE TABLE posts (
    id             UUID                        NOT NULL,
    version        BIGINT                      NOT NULL,
    slug           VARCHAR(100)                NOT NULL,
    title          VARCHAR(400)                NOT NULL,
    body           VARCHAR(200000)             NOT NULL,
    excerpt        VARCHAR(1000)               NOT NULL,
    author_name    VARCHAR(200)                NOT NULL,
    status         VARCHAR(16)                 NOT NULL,
    published_at   TIMESTAMP(6) WITH TIME ZONE,
    comments_open  BOOLEAN                     NOT NULL,
    CONSTRAINT pk_posts PRIMARY KEY (id),
    CONSTRAINT uq_posts_slug UNIQUE (slug),
    CONSTRAINT ck_posts_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED'))
);

-- the home page and the feeds: published posts, newest first
CREATE INDEX ix_posts_status_published_at ON posts (status, published_at DESC, id DESC);

CREATE TABLE post_partner_cities (
    post_id          UUID    NOT NULL,
    position         INTEGER NOT NULL,
    partner_city_id  UUID    NOT NULL,
    CONSTRAINT pk_post_partner_cities PRIMARY KEY (post_id, position),
    CONSTRAINT fk_post_partner_cities_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);

-- a city's page: the posts tagged with it
CREATE INDEX ix_post_partner_cities_city ON post_partner_cities (partner_city_id, post_id);

CREATE TABLE comments (
    id            UUID                        NOT NULL,
    version       BIGINT                      NOT NULL,
    post_id       UUID                        NOT NULL,
    parent_id     UUID,
    depth         SMALLINT                    NOT NULL,
    author_name   VARCHAR(500)                NOT NULL,
    author_email  VARCHAR(100)                NOT NULL,
    author_url    VARCHAR(200),
    content       VARCHAR(65535)              NOT NULL,
    submitted_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status        VARCHAR(16)                 NOT NULL,
    CONSTRAINT pk_comments PRIMARY KEY (id),
    CONSTRAINT fk_comments_post FOREIGN KEY (post_id) REFERENCES posts (id),
    -- replies go with their post (a comment with replies is never deleted alone: the adapter refuses it)
    CONSTRAINT fk_comments_parent FOREIGN KEY (parent_id) REFERENCES comments (id) ON DELETE CASCADE,
    CONSTRAINT ck_comments_status CHECK (status IN ('PENDING', 'APPROVED', 'SPAM', 'TRASH')),
    CONSTRAINT ck_comments_depth CHECK (depth BETWEEN 1 AND 5)
);

-- a post's public comments, oldest first, and the counts per post
CREATE INDEX ix_comments_post_status_submitted ON comments (post_id, status, submitted_at, id);
CREATE INDEX ix_comments_parent ON comments (parent_id);
