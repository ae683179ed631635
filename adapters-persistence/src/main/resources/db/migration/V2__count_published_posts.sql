-- Totals that list pages show, kept up to date by the adapter in the transaction that changes them:
-- counting 90,000 index entries on every page view would make page 1 of a large site slow.
CREATE TABLE site_counters (
    counter_name   VARCHAR(64) NOT NULL,
    counter_value  BIGINT      NOT NULL,
    CONSTRAINT pk_site_counters PRIMARY KEY (counter_name)
);

INSERT INTO site_counters (counter_name, counter_value)
SELECT 'published_posts', COUNT(*) FROM posts WHERE status = 'PUBLISHED';
