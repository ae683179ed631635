-- A post's partner cities and topics are kept in the editor's order, by position. Keyed by
-- (post, position), a reordering failed: EclipseLink writes the new order as one update per value
-- ("this city is now at position 0"), and the first update met the row still holding that position.
-- A post names a city or a topic once, so (post, city) and (post, topic) identify the rows as well,
-- and reordering only moves positions.
ALTER TABLE post_partner_cities DROP CONSTRAINT pk_post_partner_cities;
ALTER TABLE post_partner_cities ADD CONSTRAINT pk_post_partner_cities PRIMARY KEY (post_id, partner_city_id);
ALTER TABLE post_topics DROP CONSTRAINT pk_post_topics;
ALTER TABLE post_topics ADD CONSTRAINT pk_post_topics PRIMARY KEY (post_id, topic_id);
