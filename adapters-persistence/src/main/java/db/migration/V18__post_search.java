package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The full-text search of posts on PostgreSQL (H2 searches with a Lucene index instead and gets
 * nothing here):
 * <ul>
 *   <li>{@code posts.language}, the post's language (ISO 639, {@code en} until posts say theirs);</li>
 *   <li>one text-search configuration per language with a stemmer ({@code hrc_english}, {@code hrc_french},
 *       {@code hrc_german}, {@code hrc_spanish}, {@code hrc_italian}, {@code hrc_dutch}) and {@code hrc_simple}
 *       for the others: the built-in configuration of the language with accents folded by the
 *       {@code unaccent} dictionary before stemming;</li>
 *   <li>{@code posts.search_vector}, a generated column: the title with weight A, the excerpt and the
 *       body's Markdown as plain text with weight B, in the configuration of the post's language; and a
 *       GIN index of the published posts' vectors.</li>
 * </ul>
 * {@code unaccent} is a trusted extension since PostgreSQL 13, so the database's owner may create it.
 * Where it cannot be created, the configurations are made without it (accents are then not folded)
 * and a warning says so.
 */
public class V18__post_search extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V18__post_search.class.getName());

    /** The configuration of each language, and the built-in one it starts from with its stemmer. */
    private static final Map<String, String[]> CONFIGURATIONS = Map.of(
            "hrc_english", new String[] {"english", "english_stem"},
            "hrc_french", new String[] {"french", "french_stem"},
            "hrc_german", new String[] {"german", "german_stem"},
            "hrc_spanish", new String[] {"spanish", "spanish_stem"},
            "hrc_italian", new String[] {"italian", "italian_stem"},
            "hrc_dutch", new String[] {"dutch", "dutch_stem"},
            "hrc_simple", new String[] {"simple", "simple"});

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            boolean unaccent = createUnaccent(connection, statement);
            for (Map.Entry<String, String[]> configuration : CONFIGURATIONS.entrySet()) {
                String name = configuration.getKey();
                String parser = configuration.getValue()[0];
                String stemmer = configuration.getValue()[1];
                statement.execute("CREATE TEXT SEARCH CONFIGURATION " + name + " (COPY = pg_catalog." + parser + ")");
                statement.execute("ALTER TEXT SEARCH CONFIGURATION " + name
                        + " ALTER MAPPING FOR hword, hword_part, word WITH " + (unaccent ? "unaccent, " : "") + stemmer);
            }
            statement.execute("""
                    CREATE FUNCTION hrc_search_config(language TEXT) RETURNS regconfig
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                      SELECT CASE language
                        WHEN 'en' THEN 'hrc_english'::regconfig WHEN 'fr' THEN 'hrc_french'::regconfig
                        WHEN 'de' THEN 'hrc_german'::regconfig WHEN 'es' THEN 'hrc_spanish'::regconfig
                        WHEN 'it' THEN 'hrc_italian'::regconfig WHEN 'nl' THEN 'hrc_dutch'::regconfig
                        ELSE 'hrc_simple'::regconfig END
                    $$""");
            // Markdown as the words a reader sees: no link targets, tags, emphasis, heading or list markers
            statement.execute("""
                    CREATE FUNCTION hrc_plain_text(markdown TEXT) RETURNS TEXT
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                      SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(COALESCE(markdown, ''),
                        '!?\\[([^]]*)\\]\\([^)]*\\)', '\\1', 'g'),
                        '<[^>\\n]{1,200}>', ' ', 'g'),
                        '^[ \\t]*(#{1,6}|>+|[-+*]|[0-9]{1,9}[.)])[ \\t]+', '', 'gn'),
                        '[*_`~]{1,3}', '', 'g')
                    $$""");
            statement.execute("ALTER TABLE posts ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL");
            statement.execute("""
                    ALTER TABLE posts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                      setweight(to_tsvector(hrc_search_config(language), COALESCE(title, '')), 'A')
                      || setweight(to_tsvector(hrc_search_config(language),
                           COALESCE(excerpt, '') || E'\\n\\n' || hrc_plain_text(body)), 'B')) STORED""");
            statement.execute("CREATE INDEX ix_posts_search ON posts USING GIN (search_vector)"
                    + " WHERE status = 'PUBLISHED'");
        }
    }

    /** Creates {@code unaccent} if it is missing; false, with a warning, when that is not allowed here. */
    private static boolean createUnaccent(Connection connection, Statement statement) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            statement.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            connection.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            connection.rollback(before);
            LOG.warning(() -> "the unaccent extension could not be created (" + e.getMessage().strip()
                    + "): the search of posts will not fold accents on this database");
            return false;
        }
    }
}
