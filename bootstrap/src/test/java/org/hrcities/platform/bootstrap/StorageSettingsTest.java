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
}
