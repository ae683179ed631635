-- The duplicate check of every comment received looks for the same email and text on the same post.
-- With only (post_id, status, ...) and (author_email_key, status, ...) to choose from, H2 read every
-- comment of the post (a popular post's thousands) for each new one; with both columns leading, the
-- check reads the sender's comments on that post only.
CREATE INDEX ix_comments_post_email_key ON comments (post_id, author_email_key);
