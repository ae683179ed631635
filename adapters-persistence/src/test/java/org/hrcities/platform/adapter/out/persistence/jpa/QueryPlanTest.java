package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The plans H2 chooses for the queries every comment received runs: an index, never the post's every comment. */
class QueryPlanTest {

    @Test
    void the_duplicate_check_reads_the_senders_comments_on_the_post_by_index() throws Exception {
        Path directory = Files.createTempDirectory("hrc-plan");
        String url = "jdbc:h2:file:" + directory.resolve("plan") + ";WRITE_DELAY=0";
        try (JpaStorage storage = JpaStorage.open(new JpaSettings(url, "sa", "", 2));
             Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN SELECT id FROM comments WHERE author_email_key = 'a@example.org' "
                     + "AND post_id = RANDOM_UUID() AND content = 'words' FETCH FIRST 1 ROWS ONLY")) {
            assertTrue(plan.next());
            String text = plan.getString(1).toUpperCase(Locale.ROOT);
            assertTrue(text.contains("IX_COMMENTS_POST_EMAIL_KEY"), text);
        }
    }
}
