package org.hrcities.platform.adapter.out.persistence.jpa;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hrcities.platform.adapter.out.persistence.lucene.IndexedPost;
import org.hrcities.platform.adapter.out.persistence.lucene.LucenePostIndex;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * The search index of an H2 database: the published posts with their cities and topics, read in one
 * pass below JPA. The index lives beside the database file ({@code <file>.search/}, memory-mapped,
 * outside the heap), committed with a fingerprint of the posts' rows when built and when the storage
 * closes; at opening it is kept when the fingerprint still matches, and rebuilt otherwise (a first
 * start, a crash after writes, a database restored from a backup). A database in memory has its index
 * in the heap, built at opening.
 */
final class SearchIndexRebuild {

    private static final Logger LOG = Logger.getLogger(SearchIndexRebuild.class.getName());
    /** The version of the index's documents and analysis: changing either must change it, forcing a rebuild. */
    static final String FORMAT = "posts-2";

    private SearchIndexRebuild() {
    }

    /** The folder of the index of the H2 database at {@code url}; empty when the database is not a file. */
    static Optional<Path> folderOf(String url) {
        String rest;
        if (url.startsWith("jdbc:h2:file:")) {
            rest = url.substring("jdbc:h2:file:".length());
        } else if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:") && !url.startsWith("jdbc:h2:zip:")) {
            rest = url.substring("jdbc:h2:".length());
        } else {
            return Optional.empty();
        }
        int options = rest.indexOf(';');
        String file = options < 0 ? rest : rest.substring(0, options);
        return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file + ".search"));
    }

    /**
     * The index of the H2 database at {@code url}: the one committed beside the file when its fingerprint
     * is the database's, otherwise a new one filled with the published posts (and committed).
     */
    static LucenePostIndex open(String url, DataSource dataSource) {
        Optional<Path> folder = folderOf(url);
        if (folder.isEmpty()) {
            LucenePostIndex index = LucenePostIndex.inMemory();
            fill(index, dataSource);
            return index;
        }
        String fingerprint = fingerprint(dataSource);
        LucenePostIndex index = LucenePostIndex.inFolder(folder.get(), fingerprint,
                () -> fingerprint(dataSource));
        try {
            if (index.reused()) {
                LOG.info(() -> "search index kept: it matches the database (" + fingerprint + ")");
            } else {
                fill(index, dataSource);
                index.commit(fingerprint);
            }
            return index;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * What the index must have been committed with to be kept: the format of its documents and what
     * changes with every write of a post (their number, the sum of their versions, the last change, the
     * numbers of their city and topic tags). A write the index missed (a crash before it closed) changes it.
     */
    static String fingerprint(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM posts),"
                     + " (SELECT COALESCE(SUM(version), 0) FROM posts), (SELECT MAX(updated_at) FROM posts),"
                     + " (SELECT COUNT(*) FROM post_partner_cities), (SELECT COUNT(*) FROM post_topics)");
             ResultSet row = select.executeQuery()) {
            row.next();
            String fingerprint = FORMAT + ";" + row.getLong(1) + ";" + row.getLong(2) + ";"
                    + row.getObject(3, OffsetDateTime.class) + ";" + row.getLong(4) + ";" + row.getLong(5);
            connection.rollback();
            return fingerprint;
        } catch (SQLException e) {
            throw new StorageUnavailableException("the search index could not read the posts: " + e.getMessage(), e);
        }
    }

    /** Empties the index and fills it again with the database's published posts. */
    static void fill(LucenePostIndex index, DataSource dataSource) {
        long start = System.nanoTime();
        index.clear();
        int count = 0;
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, List<PartnerCityId>> cities = new HashMap<>();
            Map<UUID, List<TopicId>> topics = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT post_id, partner_city_id FROM post_partner_cities ORDER BY post_id, position");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    cities.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new PartnerCityId(rows.getObject(2, UUID.class)));
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT post_id, topic_id FROM post_topics ORDER BY post_id, position");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    topics.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new TopicId(rows.getObject(2, UUID.class)));
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT id, version, title, excerpt, body,"
                    + " published_at, language FROM posts WHERE status = 'PUBLISHED'")) {
                select.setFetchSize(500);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        PostId post = new PostId(id);
                        OffsetDateTime publishedAt = rows.getObject(6, OffsetDateTime.class);
                        index.put(IndexedPost.published(post, rows.getString(7), rows.getString(3), rows.getString(4),
                                rows.getString(5), publishedAt.toInstant(), cities.getOrDefault(id, List.of()),
                                topics.getOrDefault(id, List.of())), rows.getLong(2));
                        count++;
                    }
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new StorageUnavailableException("the search index could not read the posts: " + e.getMessage(), e);
        }
        int indexed = count;
        LOG.info(() -> String.format("search index rebuilt: %,d published posts in %.1f s", indexed,
                (System.nanoTime() - start) / 1e9));
    }
}
