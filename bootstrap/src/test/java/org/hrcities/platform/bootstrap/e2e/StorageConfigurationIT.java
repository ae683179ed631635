package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage adapter is chosen by configuration alone, and what the site acknowledges stays
 * stored across restarts.
 */
class StorageConfigurationIT {

    private static final String COMMENT = """
            {"authorName": "Ines", "authorEmail": "ines@example.org", "content": "Still here after a restart?"}""";

    @TempDir
    Path directory;

    @Test
    void the_embedded_database_keeps_the_content_across_a_restart() {
        String id;
        try (Site site = Site.start("restart-1", directory, Map.of())) {
            HttpResponse<String> response = site.post("/api/posts/happy-new-year-2021/comments", "application/json", COMMENT);
            assertEquals(202, response.statusCode(), response.body());
            id = Site.json(response).asJsonObject().getString("id");
        }
        assertTrue(Files.isRegularFile(directory.resolve("data/hrc.mv.db")), "the H2 file lies under ./data/");
        assertEquals(1, commentsWithId(id));

        try (Site again = Site.start("restart-2", directory, Map.of())) {
            HttpResponse<String> posts = again.get("/api/posts");
            assertEquals("6", posts.headers().firstValue("X-Total-Count").orElseThrow(), "demo content loaded once");
        }
        assertEquals(1, commentsWithId(id), "the pending comment survived the restart");
    }

    @Test
    void memory_storage_is_chosen_by_configuration_and_writes_no_file() {
        try (Site site = Site.start("memory", directory, Map.of("HRC_STORAGE", "memory"))) {
            assertEquals("6", site.get("/api/posts").headers().firstValue("X-Total-Count").orElseThrow());
            assertEquals(202, site.post("/api/posts/happy-new-year-2021/comments", "application/json", COMMENT).statusCode());
        }
        assertFalse(Files.exists(directory.resolve("data")), "memory storage writes no database file");
    }

    @Test
    void postgresql_is_chosen_by_the_database_url() throws SQLException {
        try (ThrowAwayPostgres database = ThrowAwayPostgres.create("hrc_e2e");
             Site site = Site.start("postgresql", directory, Map.of("HRC_DB_URL", database.url(), "HRC_DB_USER", database.user()))) {
            HttpResponse<String> response = site.post("/api/posts/happy-new-year-2021/comments", "application/json", COMMENT);
            assertEquals(202, response.statusCode(), response.body());
            JsonObject post = Site.json(site.get("/api/posts/happy-new-year-2021")).asJsonObject();
            assertEquals("Happy New Year 2021!", post.getString("title"));
            try (Connection connection = database.connect();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM posts")) {
                rows.next();
                assertEquals(10, rows.getInt(1),
                        "six published demo posts, three translations and one draft, in PostgreSQL");
            }
            assertFalse(Files.exists(directory.resolve("data")), "no H2 file when PostgreSQL is configured");
        }
    }

    private int commentsWithId(String id) {
        String url = "jdbc:h2:file:" + directory.resolve("data/hrc").toAbsolutePath() + ";ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, "", "");
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM comments WHERE id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
