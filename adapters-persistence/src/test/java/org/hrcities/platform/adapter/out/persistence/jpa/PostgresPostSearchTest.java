package org.hrcities.platform.adapter.out.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.hrcities.platform.application.port.out.PostSearchContract;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.domain.post.PostId;

class PostgresPostSearchTest extends PostSearchContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }

    @Override
    protected PostSearchPort search() {
        return TestDatabases.currentPostgres().postSearch();
    }

    /** Each post's row holds its language; its search vector follows. */
    @Override
    protected void writtenIn(PostId post, String language) {
        try (Connection connection = TestDatabases.currentPostgres().dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE posts SET language = ? WHERE id = ?")) {
            update.setString(1, language);
            update.setObject(2, post.value());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no post " + post.value());
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
