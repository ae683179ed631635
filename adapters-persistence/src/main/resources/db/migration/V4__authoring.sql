-- Authoring: the editors' list of posts, the former slugs that keep old addresses working, and
-- partner cities that retire. The same SQL for H2 and PostgreSQL.

-- When an editor last created or changed a post; existing posts count as changed when they were
-- published, drafts as changed now.
ALTER TABLE posts ADD COLUMN updated_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE posts SET updated_at = COALESCE(published_at, CURRENT_TIMESTAMP);
ALTER TABLE posts ALTER COLUMN updated_at SET NOT NULL;

-- the editors' list: every post, most recently changed first, or those of one status
CREATE INDEX ix_posts_updated_at ON posts (updated_at DESC, id DESC);
CREATE INDEX ix_posts_status_updated_at ON posts (status, updated_at DESC, id DESC);
-- (the scheduler's due posts use ix_posts_status_published_at: status = 'SCHEDULED' AND published_at <= now)

-- The slugs a published post had before its current one: each leads to one post only, and goes
-- with the post.
CREATE TABLE post_former_slugs (
    post_id  UUID         NOT NULL,
    slug     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_post_former_slugs PRIMARY KEY (post_id, slug),
    CONSTRAINT uq_post_former_slugs_slug UNIQUE (slug),
    CONSTRAINT fk_post_former_slugs_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);

-- A city that left the network: off the public list and map, its page and post tags kept.
ALTER TABLE partner_cities ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;

-- the public list: the current cities by name
CREATE INDEX ix_partner_cities_retired_name ON partner_cities (retired, name, id);
