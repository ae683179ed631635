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
 * The search of published posts with PostgreSQL's text search (migration V18): each post's
 * {@code search_vector} (title weight A, excerpt and body weight B, in the configuration of the post's
 * language, accents folded) matched through its GIN index.
 *
 * <p>The query is never the visitor's syntax: the parsed words become {@code plainto_tsquery} (every
 * word) and each phrase {@code phraseto_tsquery}, bound as parameters, once per language
 * configuration, and a post is matched with its own language's query. The posts ranked are the
 * {@link PostSearchQuery#MAX_RESULTS} most recent that match (all of them when fewer match), so that
 * neither ranking nor counting ever reads every post of a common word; a total above that number only
 * says that more match. The rank is {@code ts_rank_cd} with a title match weighing ten times a match
 * in the text, then the publication time, newest first, then the id. The snippet is {@code ts_headline} of the text with marks made of
 * two control characters that the text cannot hold (they are taken out of it first), split into
 * segments.
 */
final class PostgresPostSearch implements PostSearchPort {

    /** The weights of D, C, B (the text) and A (the title). */
    private static final String WEIGHTS = "'{0, 0, 0.1, 1.0}'";
    private static final char START = '\u0001';
    private static final char STOP = '\u0002';
    /** The configuration of each language with a stemmer, then that of the others, each with its column in {@code q}. */
    private static final String[][] CONFIGURATIONS = {{"hrc_english", "en"}, {"hrc_french", "fr"}, {"hrc_german", "de"},
        {"hrc_spanish", "es"}, {"hrc_italian", "it"}, {"hrc_dutch", "nl"}, {"hrc_simple", "other"}};
    private static final List<String> OWN_CONFIGURATION = List.of("en", "fr", "de", "es", "it", "nl");
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
        // the plan depends on how many posts hold the words: never a generic plan made without them
        em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        List<Object> parameters = new ArrayList<>();
        String candidates = candidates(query, parameters);
        if (!query.withinReach()) {
            Query count = em.createNativeQuery("WITH " + candidates + " SELECT COUNT(*) FROM candidates");
            bind(count, parameters);
            return new Page<>(List.of(), query.page(), ((Number) count.getSingleResult()).longValue());
        }
        String sql = "WITH " + candidates + ","
                + " ranked AS MATERIALIZED (SELECT c.id, c.cfg, c.query, c.published_at, COUNT(*) OVER () AS total,"
                + " ts_rank_cd(" + WEIGHTS + ", c.search_vector, c.query) AS rank FROM candidates c),"
                + " found AS MATERIALIZED (SELECT * FROM ranked r ORDER BY r.rank DESC, r.published_at DESC, r.id DESC"
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
            if (query.page().offset() == 0) {
                return Page.empty(query.page());
            }
            Query count = em.createNativeQuery("WITH " + candidates + " SELECT COUNT(*) FROM candidates");
            bind(count, parameters);
            return new Page<>(List.of(), query.page(), ((Number) count.getSingleResult()).longValue());
        }
        List<PostSearchHit> hits = new ArrayList<>();
        for (Object[] row : rows) {
            hits.add(new PostSearchHit(new PostId(UUID.fromString((String) row[0])), snippet((String) row[2])));
        }
        return new Page<>(hits, query.page(), ((Number) rows.get(0)[1]).longValue());
    }

    /**
     * The common table expression {@code candidates}: the most recent matching published posts, at most
     * {@link PostSearchQuery#MAX_RESULTS} and one more (which only says that there are more), each with its
     * configuration and its language's query; {@code parameters} receives the values to bind, in order.
     * A post is matched with the query of its own language: one condition per language, each the post's
     * language and its vector matching that language's query, so that the planner estimates how many
     * posts match from the vectors' statistics and chooses between the GIN index (few posts, a rare word)
     * and the index on the publication time read newest first (most posts, a common word).
     */
    private static String candidates(PostSearchQuery query, List<Object> parameters) {
        SearchTerms terms = query.terms();
        List<String[]> languages = new ArrayList<>();
        for (String[] configuration : CONFIGURATIONS) {
            boolean other = configuration[1].equals("other");
            if (query.languageOrNull() == null || configuration[1].equals(query.languageOrNull())
                    || other && !OWN_CONFIGURATION.contains(query.languageOrNull())) {
                languages.add(configuration);
            }
        }
        StringBuilder ownQuery = new StringBuilder("CASE hrc_search_config(p.language)");
        for (String[] language : languages) {
            ownQuery.append(" WHEN CAST('").append(language[0]).append("' AS regconfig) THEN ")
                    .append(tsquery(language[0], terms, parameters));
        }
        ownQuery.append(" END");
        StringBuilder matching = new StringBuilder();
        for (String[] language : languages) {
            matching.append(matching.length() == 0 ? "(" : " OR (")
                    .append(language[1].equals("other") ? "p.language NOT IN ('en', 'fr', 'de', 'es', 'it', 'nl')"
                            : "p.language = '" + language[1] + "'")
                    .append(" AND p.search_vector @@ ").append(tsquery(language[0], terms, parameters)).append(")");
        }
        StringBuilder where = new StringBuilder(" WHERE p.status = 'PUBLISHED' AND (").append(matching).append(")");
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
        return " candidates AS MATERIALIZED (SELECT p.id, p.published_at, p.search_vector,"
                + " hrc_search_config(p.language) AS cfg, " + ownQuery + " AS query FROM posts p" + where
                + " ORDER BY p.status, p.published_at DESC, p.id DESC LIMIT " + (PostSearchQuery.MAX_RESULTS + 1) + ")";
    }

    /** Every word ({@code plainto_tsquery}) and every phrase ({@code phraseto_tsquery}) in one configuration. */
    private static String tsquery(String configuration, SearchTerms terms, List<Object> parameters) {
        StringBuilder tsquery = new StringBuilder("(plainto_tsquery(CAST('").append(configuration)
                .append("' AS regconfig), CAST(? AS TEXT))");
        parameters.add(String.join(" ", terms.words()));
        for (List<String> phrase : terms.phrases()) {
            tsquery.append(" && phraseto_tsquery(CAST('").append(configuration).append("' AS regconfig), CAST(? AS TEXT))");
            parameters.add(String.join(" ", phrase));
        }
        return tsquery.append(")").toString();
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
