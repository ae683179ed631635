package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @Test
    void recognises_the_database_by_its_url() {
        assertEquals(Database.H2, Database.of("jdbc:h2:file:./data/hrc"));
        assertEquals(Database.POSTGRESQL, Database.of("jdbc:postgresql://127.0.0.1:5432/hrc"));
        assertThrows(IllegalArgumentException.class, () -> Database.of("jdbc:mysql://localhost/hrc"));
    }

    @Test
    void h2_writes_every_commit_before_it_returns_and_sizes_its_cache_unless_the_url_says_otherwise() {
        assertEquals("jdbc:h2:file:./data/hrc;WRITE_DELAY=0;CACHE_SIZE=16384", Database.H2.connectionUrl("jdbc:h2:file:./data/hrc"));
        assertEquals("jdbc:h2:file:./x;write_delay=500;CACHE_SIZE=16384", Database.H2.connectionUrl("jdbc:h2:file:./x;write_delay=500"));
        assertEquals("jdbc:h2:file:./x;cache_size=4096;WRITE_DELAY=0", Database.H2.connectionUrl("jdbc:h2:file:./x;cache_size=4096"));
        assertEquals("jdbc:postgresql://db/hrc", Database.POSTGRESQL.connectionUrl("jdbc:postgresql://db/hrc"));
    }

    @Test
    void the_h2_settings_of_the_url_take_effect(@TempDir Path directory) throws Exception {
        try (Connection connection = DriverManager.getConnection(Database.H2.connectionUrl("jdbc:h2:file:" + directory.resolve("db")), "sa", "");
             ResultSet settings = connection.createStatement().executeQuery(
                     "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                             + " WHERE SETTING_NAME IN ('WRITE_DELAY', 'info.CACHE_MAX_SIZE')")) {
            Map<String, String> values = new HashMap<>();
            while (settings.next()) {
                values.put(settings.getString(1), settings.getString(2));
            }
            assertEquals(Map.of("WRITE_DELAY", "0", "info.CACHE_MAX_SIZE", String.valueOf(Database.H2_CACHE_KB / 1024)), values);
        }
    }
}
