package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.hrcities.platform.application.port.out.PostSearchQuery;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.search.SearchTerms;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 storage's search index beside the database file: kept while it matches the rows, rebuilt when not. */
class H2SearchIndexTest {

    @TempDir
    Path directory;

    @Test
    void keeps_the_index_that_matches_the_database_and_rebuilds_one_that_missed_a_write() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("site");
        Post post = Post.draft(PostId.generate(), PostFixtures.ENGLISH, new Slug("harbour"), new PostContent("Harbour day", "Boats.", ""),
                "Editor", List.of(), true, Instant.parse("2024-03-01T08:00:00Z"));
        post.publish(Instant.parse("2024-03-01T08:00:00Z"));
        try (JpaStorage storage = JpaStorage.open(new JpaSettings(url, "sa", "", 2))) {
            storage.transactions().inTransaction(() -> storage.posts().save(post));
        }
        assertTrue(Files.isDirectory(directory.resolve("site.search")), "the index lies beside the database file");

        try (JpaStorage storage = JpaStorage.open(new JpaSettings(url, "sa", "", 2))) {
            assertEquals(1, found(storage, "harbour"));
        }
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            // a write the index never saw, as after a crash
            statement.executeUpdate("UPDATE posts SET title = 'Lighthouse day', version = version + 1");
        }
        try (JpaStorage storage = JpaStorage.open(new JpaSettings(url, "sa", "", 2))) {
            assertEquals(0, found(storage, "harbour"));
            assertEquals(1, found(storage, "lighthouse"));
        }
    }

    @Test
    void the_fingerprint_changes_with_every_write_of_a_post() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("prints");
        try (JpaStorage storage = JpaStorage.open(new JpaSettings(url, "sa", "", 2))) {
            String empty = SearchIndexRebuild.fingerprint(storage.dataSource());
            Post post = Post.draft(PostId.generate(), PostFixtures.ENGLISH, new Slug("a-draft"), new PostContent("A draft", "", ""), "Editor",
                    List.of(), true, Instant.parse("2024-03-01T08:00:00Z"));
            storage.transactions().inTransaction(() -> storage.posts().save(post));
            String saved = SearchIndexRebuild.fingerprint(storage.dataSource());
            Post stored = storage.transactions().inTransaction(() -> storage.posts().findById(post.id())).orElseThrow();
            stored.revise(new PostContent("A draft again", "", ""));
            storage.transactions().inTransaction(() -> storage.posts().save(stored));
            String changed = SearchIndexRebuild.fingerprint(storage.dataSource());

            assertFalse(empty.equals(saved) || saved.equals(changed) || empty.equals(changed), empty + " " + saved + " " + changed);
        }
    }

    private static long found(JpaStorage storage, String word) {
        return storage.transactions().inTransaction(() -> storage.postSearch()
                .search(PostSearchQuery.of(SearchTerms.parse(word), PageRequest.first(10)))).totalItems();
    }
}
