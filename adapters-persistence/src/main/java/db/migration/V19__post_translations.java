package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Posts in several languages, and their translations:
 * <ul>
 *   <li>{@code posts.language} on H2 too (PostgreSQL has had it since V18 for its search), {@code en} for the
 *       posts written so far;</li>
 *   <li>{@code posts.translation_group}, the id of the original of the post's translation group (its own id
 *       for an original, which every post written so far is), and {@code posts.translation_of}, the original a
 *       translation was made from (null for an original); a group holds one post per language;</li>
 *   <li>slugs unique within a language rather than among all posts ({@code /fr/posts/festival} and
 *       {@code /posts/festival} may both exist), and former slugs too, with the language of their post;</li>
 *   <li>an index for the lists of one language's published posts.</li>
 * </ul>
 * A Java migration because H2 lacks the language column that PostgreSQL has. {@code translation_of} has no
 * foreign key: when an original is deleted, its id stays the name of the group its translations form.
 */
public class V19__post_translations extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql");
        try (Statement statement = connection.createStatement()) {
            if (!postgres) {
                statement.execute("ALTER TABLE posts ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL");
            }
            statement.execute("ALTER TABLE posts ADD COLUMN translation_group UUID");
            statement.execute("ALTER TABLE posts ADD COLUMN translation_of UUID");
            statement.execute("UPDATE posts SET translation_group = id");
            statement.execute("ALTER TABLE posts ALTER COLUMN translation_group SET NOT NULL");
            statement.execute("ALTER TABLE posts ADD CONSTRAINT ck_posts_translation CHECK ("
                    + "(translation_of IS NULL AND translation_group = id)"
                    + " OR (translation_of = translation_group AND translation_of <> id))");
            statement.execute("ALTER TABLE posts ADD CONSTRAINT uq_posts_translation UNIQUE (translation_group, language)");
            statement.execute("ALTER TABLE posts DROP CONSTRAINT uq_posts_slug");
            statement.execute("ALTER TABLE posts ADD CONSTRAINT uq_posts_language_slug UNIQUE (language, slug)");

            statement.execute("ALTER TABLE post_former_slugs ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL");
            statement.execute("UPDATE post_former_slugs SET language ="
                    + " (SELECT p.language FROM posts p WHERE p.id = post_former_slugs.post_id)");
            statement.execute("ALTER TABLE post_former_slugs DROP CONSTRAINT uq_post_former_slugs_slug");
            statement.execute("ALTER TABLE post_former_slugs ADD CONSTRAINT uq_post_former_slugs_language_slug"
                    + " UNIQUE (language, slug)");

            // the home page, feeds and lists of one language: its published posts, newest first
            statement.execute("CREATE INDEX ix_posts_language_status_published_at"
                    + " ON posts (language, status, published_at DESC, id DESC)");
        }
    }
}
