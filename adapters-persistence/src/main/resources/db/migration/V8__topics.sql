-- Topics: what posts are about beyond the partner cities they name (WordPress's categories and tags).
CREATE TABLE topics (
    id           UUID          NOT NULL,
    version      BIGINT        NOT NULL,
    slug         VARCHAR(100)  NOT NULL,
    name         VARCHAR(400)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_topics PRIMARY KEY (id),
    CONSTRAINT uq_topics_slug UNIQUE (slug)
);

-- the topics of a post, in the editor's order (as with partner cities, readers see only the topics that exist)
CREATE TABLE post_topics (
    post_id   UUID    NOT NULL,
    position  INTEGER NOT NULL,
    topic_id  UUID    NOT NULL,
    CONSTRAINT pk_post_topics PRIMARY KEY (post_id, position),
    CONSTRAINT fk_post_topics_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);

-- a topic's page: the posts filed under it
CREATE INDEX ix_post_topics_topic ON post_topics (topic_id, post_id);
