package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void recognises_the_database_by_its_url() {
        assertEquals(Database.H2, Database.of("jdbc:h2:file:./data/hrc"));
        assertEquals(Database.POSTGRESQL, Database.of("jdbc:postgresql://127.0.0.1:5432/hrc"));
        assertThrows(IllegalArgumentException.class, () -> Database.of("jdbc:mysql://localhost/hrc"));
    }

    @Test
    void h2_writes_every_commit_before_it_returns_unless_the_url_says_otherwise() {
        assertEquals("jdbc:h2:file:./data/hrc;WRITE_DELAY=0", Database.H2.durableUrl("jdbc:h2:file:./data/hrc"));
        assertEquals("jdbc:h2:file:./x;write_delay=500", Database.H2.durableUrl("jdbc:h2:file:./x;write_delay=500"));
        assertEquals("jdbc:postgresql://db/hrc", Database.POSTGRESQL.durableUrl("jdbc:postgresql://db/hrc"));
    }
}
