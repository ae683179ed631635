package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StorageSettingsTest {

    @Test
    void the_storage_kind_is_read_without_regard_to_case() {
        assertEquals(StorageSettings.Kind.MEMORY, StorageSettings.of(" Memory ", null, null, null, 1).kind());
        assertNull(StorageSettings.of("memory", null, null, null, 1).jpa());
        assertEquals(StorageSettings.Kind.JPA, StorageSettings.of("JPA", "jdbc:h2:mem:x", "", "", 4).kind());
    }

    @Test
    void an_unknown_storage_kind_is_refused_with_the_choices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StorageSettings.of("mongodb", null, null, null, 1));
        assertTrue(e.getMessage().contains("jpa or memory"), e.getMessage());
    }

    @Test
    void an_unsupported_database_is_refused_with_the_choices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StorageSettings.of("jpa", "jdbc:mysql://localhost/hrc", "", "", 4));
        assertTrue(e.getMessage().contains("jdbc:postgresql:"), e.getMessage());
    }

    @Test
    void the_description_for_the_log_never_shows_the_password() {
        StorageSettings settings = StorageSettings.of("jpa", "jdbc:postgresql://db/hrc", "hrc", "s3cret", 4);
        assertFalse(settings.describe().contains("s3cret"));
        assertFalse(settings.jpa().toString().contains("s3cret"));
    }

    @Test
    void comments_are_stored_in_groups_on_postgresql_only() {
        assertEquals(StorageSettings.COMMENTS_PER_POSTGRESQL_TRANSACTION,
                StorageSettings.of("jpa", "jdbc:postgresql://127.0.0.1/hrc", "hrc", "", 4).commentsPerTransaction());
        assertEquals(StorageSettings.COMMENTS_PER_POSTGRESQL_TRANSACTION, StorageSettings.of("jpa",
                "jdbc:postgresql://127.0.0.1/hrc", "hrc", "", 4).forClusterMember().commentsPerTransaction());
        assertEquals(1, StorageSettings.of("jpa", "jdbc:h2:file:./data/hrc", "", "", 4).commentsPerTransaction(),
                "H2's file did not survive kill -9 during grouped commits (decision 0018)");
        assertEquals(1, StorageSettings.of("memory", null, null, null, 1).commentsPerTransaction());
    }
}
