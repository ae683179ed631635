package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hrcities.platform.application.port.out.PostSearchHit;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.PostSearchQuery;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.search.SearchTerms;
import org.hrcities.platform.domain.search.Snippet;
import org.hrcities.platform.domain.search.Snippet.Segment;
import org.hrcities.platform.domain.shared.Page;

/**
 * The search of published posts with PostgreSQL's text search (migration V17): each post's
 * {@code search_vector} (title weight A, excerpt and body weight B, in the configuration of the post's
 * language, accents folded) matched through its GIN index.
 *
 * <p>The query is never the visitor's syntax: the parsed words become {@code plainto_tsquery} (every
 * word) and each phrase {@code phraseto_tsquery}, bound as parameters, once per language
 * configuration, and a post is matched with its own language's query. The rank is
 * {@code ts_rank_cd} with a title match weighing ten times a match in the text, then the publication
 * time, newest first, then the id. The snippet is {@code ts_headline} of the text with marks made of
 * two control characters that the text cannot hold (they are taken out of it first), split into
 * segments.
 */
final class PostgresPostSearch implements PostSearchPort {

    /** The weights of D, C, B (the text) and A (the title). */
    private static final String WEIGHTS = "'{0, 0, 0.1, 1.0}'";
    private static final char START = '\u0001';
    private static final char STOP = '\u0002';
    /** The analysis of each language with a configuration of its own, and the configuration of the others. */
    private static final String CONFIGURATIONS = "(VALUES (CAST('hrc_english' AS regconfig)), (CAST('hrc_french' AS regconfig)),"
            + " (CAST('hrc_german' AS regconfig)), (CAST('hrc_spanish' AS regconfig)), (CAST('hrc_italian' AS regconfig)),"
            + " (CAST('hrc_dutch' AS regconfig)), (CAST('hrc_simple' AS regconfig))) AS c(cfg)";
    private static final String HEADLINE_OPTIONS = "'StartSel=\"' || chr(1) || '\", StopSel=\"' || chr(2)"
            + " || '\", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=\" … \"'";

    private final JpaTransactions transactions;

    PostgresPostSearch(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Page<PostSearchHit> search(PostSearchQuery query) {
        if (query.terms().isEmpty()) {
            return Page.empty(query.page());
        }
        EntityManager em = transactions.entityManager();
        List<Object> parameters = new ArrayList<>();
        String matches = matches(query, parameters);
        if (!query.withinReach()) {
            return new Page<>(List.of(), query.page(), count(em, matches, parameters));
        }
        String sql = "WITH " + matches + ","
                + " found AS MATERIALIZED (SELECT m.id, m.cfg, m.query, m.rank, m.published_at, COUNT(*) OVER () AS total"
                + " FROM matches m ORDER BY m.rank DESC, m.published_at DESC, m.id DESC"
                + " LIMIT " + query.page().size() + " OFFSET " + query.page().offset() + ")"
                + " SELECT CAST(f.id AS TEXT), f.total, ts_headline(f.cfg, translate(COALESCE(NULLIF(p.excerpt, ''), '')"
                + " || E'\\n\\n' || hrc_plain_text(p.body), chr(1) || chr(2), ''), f.query, " + HEADLINE_OPTIONS + ")"
                + " FROM found f JOIN posts p ON p.id = f.id"
                + " ORDER BY f.rank DESC, f.published_at DESC, f.id DESC";
        Query select = em.createNativeQuery(sql);
        bind(select, parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        if (rows.isEmpty()) {
            return new Page<>(List.of(), query.page(), query.page().offset() == 0 ? 0 : count(em, matches, parameters));
        }
        List<PostSearchHit> hits = new ArrayList<>();
        for (Object[] row : rows) {
            hits.add(new PostSearchHit(new PostId(UUID.fromString((String) row[0])), snippet((String) row[2])));
        }
        return new Page<>(hits, query.page(), ((Number) rows.get(0)[1]).longValue());
    }

    /**
     * The common table expressions {@code matches}: each matching published post with its configuration,
     * its language's query and its rank; {@code parameters} receives the values to bind, in order.
     */
    private static String matches(PostSearchQuery query, List<Object> parameters) {
        SearchTerms terms = query.terms();
        StringBuilder tsquery = new StringBuilder("plainto_tsquery(c.cfg, CAST(? AS TEXT))");
        parameters.add(String.join(" ", terms.words()));
        for (List<String> phrase : terms.phrases()) {
            tsquery.append(" && phraseto_tsquery(c.cfg, CAST(? AS TEXT))");
            parameters.add(String.join(" ", phrase));
        }
        StringBuilder where = new StringBuilder(" WHERE p.status = 'PUBLISHED' AND p.search_vector @@ q.query");
        if (query.languageOrNull() != null) {
            where.append(" AND p.language = CAST(? AS TEXT)");
            parameters.add(query.languageOrNull());
        }
        if (query.cityOrNull() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM post_partner_cities t WHERE t.post_id = p.id"
                    + " AND t.partner_city_id = CAST(? AS UUID))");
            parameters.add(query.cityOrNull().value().toString());
        }
        if (query.topicOrNull() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM post_topics t WHERE t.post_id = p.id AND t.topic_id = CAST(? AS UUID))");
            parameters.add(query.topicOrNull().value().toString());
        }
        return "q AS (SELECT c.cfg, " + tsquery + " AS query FROM " + CONFIGURATIONS + "),"
                + " matches AS (SELECT p.id, p.published_at, q.cfg, q.query,"
                + " ts_rank_cd(" + WEIGHTS + ", p.search_vector, q.query) AS rank"
                + " FROM posts p JOIN q ON q.cfg = hrc_search_config(p.language)" + where + ")";
    }

    private static long count(EntityManager em, String matches, List<Object> parameters) {
        Query count = em.createNativeQuery("WITH " + matches + " SELECT COUNT(*) FROM matches");
        bind(count, parameters);
        return ((Number) count.getSingleResult()).longValue();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    /** {@code ts_headline}'s text, its matches between the two marks, as segments. */
    static Snippet snippet(String headline) {
        if (headline == null || headline.isBlank()) {
            return Snippet.NONE;
        }
        List<Segment> segments = new ArrayList<>();
        String flat = headline.replaceAll("\\s+", " ").strip();
        int at = 0;
        while (at < flat.length()) {
            int start = flat.indexOf(START, at);
            if (start < 0) {
                segments.add(new Segment(flat.substring(at), false));
                break;
            }
            if (start > at) {
                segments.add(new Segment(flat.substring(at, start), false));
            }
            int stop = flat.indexOf(STOP, start);
            if (stop < 0) {
                segments.add(new Segment(flat.substring(start + 1), true));
                break;
            }
            if (stop > start + 1) {
                segments.add(new Segment(flat.substring(start + 1, stop), true));
            }
            at = stop + 1;
        }
        return new Snippet(segments.stream().filter(segment -> !segment.text().isEmpty()).toList());
    }
}
