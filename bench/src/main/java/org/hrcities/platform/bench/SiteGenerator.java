package org.hrcities.platform.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.hrcities.platform.adapter.out.persistence.jpa.JpaSettings;
import org.hrcities.platform.adapter.out.persistence.jpa.JpaStorage;

/**
 * Fills an empty database with a realistic site: the storage adapter creates the schema (its Flyway
 * migrations), then batched JDBC inserts write the rows as the adapter stores them (version 1, the
 * lower-cased email key, the published-posts counter). About 85% of the comments are spam, as on real
 * sites; the rest approved (12%) or pending (3%). One post ({@link #POST_PAGE_SLUG}) has exactly 30
 * approved comments, six of them replies; another ({@link #SUBMIT_SLUG}) takes the submitted comments.
 * The moderation log is not filled: no scenario reads it. The bodies draw on a vocabulary of about sixty
 * words, so that most words are in most posts; one post in {@value #RARE_EVERY} also holds
 * {@value #RARE_WORD}, for searches of a rare word. The profile {@code search} has the large site's posts
 * and only the post page's comments.
 */
final class SiteGenerator {

    static final String POST_PAGE_SLUG = "bench-thirty-approved-comments";
    static final String SUBMIT_SLUG = "bench-comments-welcome";
    static final int POST_PAGE_APPROVED = 30;

    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;
    private static final long TEN_YEARS = 10L * 365 * 24 * 3600;
    /** A word that one post in {@link #RARE_EVERY} holds in its body, and no other. */
    static final String RARE_WORD = "ombudsperson";
    static final int RARE_EVERY = 1_000;

    /** How much a profile holds. */
    record Profile(String name, int posts, int comments) {
        static Profile of(String name) {
            return switch (name) {
                case "small" -> new Profile("small", 100, 1_000);
                case "large" -> new Profile("large", 100_000, 1_000_000);
                case "search" -> new Profile("search", 100_000, 0);
                default -> throw new IllegalArgumentException("unknown profile " + name + "; known: small, large, search");
            };
        }
    }

    /** What was generated, and how long it took. */
    record Generated(int posts, int publishedPosts, long comments, long spam, long approved, long pending,
                     double schemaSeconds, double postsSeconds, double commentsSeconds) {
        double seconds() {
            return schemaSeconds + postsSeconds + commentsSeconds;
        }
    }

    private final Random random = new Random(7);
    private final Instant now;

    private SiteGenerator(Instant now) {
        this.now = now;
    }

    static Generated generate(BenchDatabase database, Profile profile) throws Exception {
        return new SiteGenerator(Instant.now()).fill(database, profile);
    }

    private Generated fill(BenchDatabase database, Profile profile) throws Exception {
        long start = System.nanoTime();
        JpaStorage.open(new JpaSettings(database.url(), database.user(), "", 2)).close();
        double schemaSeconds = (System.nanoTime() - start) / 1e9;
        Generated generated;
        try (Connection connection = DriverManager.getConnection(database.bulkUrl(), database.user(), "")) {
            connection.setAutoCommit(false);
            start = System.nanoTime();
            List<UUID> cities = insertCities(connection);
            List<PublishedPost> published = insertPosts(connection, profile.posts(), cities);
            double postsSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            long[] counts = insertComments(connection, profile.comments(), published);
            double commentsSeconds = (System.nanoTime() - start) / 1e9;
            generated = new Generated(profile.posts(), published.size(), counts[0] + counts[1] + counts[2], counts[0],
                    counts[1], counts[2], schemaSeconds, postsSeconds, commentsSeconds);
            if (database.kind().equals("h2")) {
                // rewrite the file without the pages the inserts left behind, as a site that has been running would be
                start = System.nanoTime();
                connection.createStatement().execute("SHUTDOWN COMPACT");
                System.out.printf("bench: H2 file compacted in %.1f s%n", (System.nanoTime() - start) / 1e9);
            } else {
                connection.createStatement().execute("ANALYZE");
                connection.commit();
            }
        }
        return generated;
    }

    private record PublishedPost(UUID id, long publishedAt) {
    }

    private List<UUID> insertCities(Connection connection) throws SQLException {
        String[][] names = {{"vienna", "Vienna", "AT"}, {"graz", "Graz", "AT"}, {"lund", "Lund", "SE"},
            {"utrecht", "Utrecht", "NL"}, {"barcelona", "Barcelona", "ES"}, {"gwangju", "Gwangju", "KR"},
            {"york", "York", "GB"}};
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO partner_cities (id, version, slug, name,"
                + " country_code, membership, member_since, website, latitude, longitude, description, retired)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")) {
            for (String[] city : names) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                insert.setObject(1, id);
                insert.setString(2, city[0]);
                insert.setString(3, city[1]);
                insert.setString(4, city[2]);
                insert.setString(5, random.nextBoolean() ? "GUEST" : "ASSOCIATE_MEMBER");
                insert.setInt(6, 2010 + random.nextInt(15));
                insert.setString(7, "https://" + city[0] + ".example.org");
                insert.setDouble(8, 35 + random.nextInt(25));
                insert.setDouble(9, -5 + random.nextInt(130));
                insert.setString(10, city[1] + " joined the network to make human rights part of local policy.");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
        return ids;
    }

    private List<PublishedPost> insertPosts(Connection connection, int posts, List<UUID> cities) throws SQLException {
        List<PublishedPost> published = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO posts (id, version, slug, title, body,"
                + " excerpt, author_name, status, published_at, comments_open, updated_at, translation_group)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)");
             PreparedStatement tag = connection.prepareStatement(
                     "INSERT INTO post_partner_cities (post_id, position, partner_city_id) VALUES (?, 0, ?)")) {
            for (int n = 0; n < posts; n++) {
                UUID id = UUID.randomUUID();
                String slug;
                long publishedAt;
                boolean isPublished;
                if (n == 0) {
                    slug = POST_PAGE_SLUG;
                    publishedAt = now.getEpochSecond() - 7_200;
                    isPublished = true;
                } else if (n == 1) {
                    slug = SUBMIT_SLUG;
                    publishedAt = now.getEpochSecond() - 3_600;
                    isPublished = true;
                } else {
                    slug = "post-" + n + "-" + WORDS[random.nextInt(WORDS.length)];
                    publishedAt = now.getEpochSecond() - 86_400 - (long) (random.nextDouble() * TEN_YEARS);
                    isPublished = random.nextInt(10) != 0;
                }
                String title = title(n);
                insert.setObject(1, id);
                insert.setString(2, slug);
                insert.setString(3, title);
                insert.setString(4, body(n));
                insert.setString(5, sentence(18) + " " + sentence(14));
                insert.setString(6, AUTHORS[random.nextInt(AUTHORS.length)]);
                insert.setString(7, isPublished ? "PUBLISHED" : "DRAFT");
                insert.setObject(8, isPublished ? time(publishedAt) : null);
                insert.setObject(9, time(isPublished ? publishedAt : publishedAt + 3_600));
                insert.setObject(10, id);
                insert.addBatch();
                if (random.nextInt(4) != 0) {
                    tag.setObject(1, id);
                    tag.setObject(2, cities.get(random.nextInt(cities.size())));
                    tag.addBatch();
                }
                if (isPublished) {
                    published.add(new PublishedPost(id, publishedAt));
                }
                if ((n + 1) % BATCH == 0 || n == posts - 1) {
                    insert.executeBatch();
                    tag.executeBatch();
                }
                if ((n + 1) % COMMIT_EVERY == 0) {
                    connection.commit();
                }
            }
        }
        try (PreparedStatement counter = connection.prepareStatement(
                "UPDATE site_counters SET counter_value = ? WHERE counter_name = 'published_posts'")) {
            counter.setLong(1, published.size());
            if (counter.executeUpdate() != 1) {
                throw new IllegalStateException("site_counters has no published_posts row");
            }
        }
        connection.commit();
        return published;
    }

    /** Answers the numbers of spam, approved and pending comments written. */
    private long[] insertComments(Connection connection, int comments, List<PublishedPost> published) throws SQLException {
        long[] counts = new long[3];
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO comments (id, version, post_id, parent_id,"
                + " depth, author_name, author_email, author_email_key, author_url, content, submitted_at, status,"
                + " sender_address) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            // the post page's post: exactly 30 approved comments (every fifth a reply), plus spam and pending ones
            PublishedPost page = published.get(0);
            UUID lastTopLevel = null;
            int written = 0;
            for (int i = 0; i < POST_PAGE_APPROVED; i++) {
                UUID id = UUID.randomUUID();
                boolean reply = i % 5 == 4;
                add(insert, id, page, reply ? lastTopLevel : null, reply ? 2 : 1, "APPROVED",
                        page.publishedAt() + 60L * (i + 1));
                lastTopLevel = reply ? lastTopLevel : id;
                counts[1]++;
                written++;
            }
            int pageSpam = Math.min(170, Math.max(0, comments - written - 5));
            for (int i = 0; i < pageSpam + 5 && written < comments; i++) {
                String status = i < pageSpam ? "SPAM" : "PENDING";
                add(insert, UUID.randomUUID(), page, null, 1, status, page.publishedAt() + 30L * (i + 1));
                counts[status.equals("SPAM") ? 0 : 2]++;
                written++;
            }
            insert.executeBatch();
            connection.commit();
            // the rest on every other published post
            for (; written < comments; written++) {
                PublishedPost post = published.get(2 + random.nextInt(published.size() - 2));
                int roll = random.nextInt(100);
                String status = roll < 85 ? "SPAM" : roll < 97 ? "APPROVED" : "PENDING";
                counts[roll < 85 ? 0 : roll < 97 ? 1 : 2]++;
                long at = Math.min(now.getEpochSecond() - 60, post.publishedAt() + random.nextInt(30 * 86_400));
                add(insert, UUID.randomUUID(), post, null, 1, status, at);
                if ((written + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
                if ((written + 1) % COMMIT_EVERY == 0) {
                    connection.commit();
                }
                if ((written + 1) % 100_000 == 0) {
                    System.out.printf("bench: %,d comments written%n", written + 1);
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        return counts;
    }

    private void add(PreparedStatement insert, UUID id, PublishedPost post, UUID parent, int depth, String status,
                     long submittedAt) throws SQLException {
        boolean spam = status.equals("SPAM");
        String name = spam ? SPAM_NAMES[random.nextInt(SPAM_NAMES.length)] : READERS[random.nextInt(READERS.length)];
        String email = (spam ? "offer" : name.toLowerCase().replace(' ', '.')) + random.nextInt(1_000_000)
                + (spam ? "@cheap-deals.example" : "@mail.example");
        insert.setObject(1, id);
        insert.setObject(2, post.id());
        insert.setObject(3, parent);
        insert.setInt(4, depth);
        insert.setString(5, name);
        insert.setString(6, email);
        insert.setString(7, email.toLowerCase());
        insert.setString(8, spam ? "https://cheap-deals.example/" + random.nextInt(10_000) : null);
        insert.setString(9, spam ? spamText() : sentence(12 + random.nextInt(30)));
        insert.setObject(10, time(submittedAt));
        insert.setString(11, status);
        insert.setString(12, (spam ? "203.0." : "198.51.") + random.nextInt(256) + "." + random.nextInt(256));
        insert.addBatch();
    }

    private static OffsetDateTime time(long epochSecond) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    private String title(int n) {
        if (n == 0) {
            return "Thirty voices on the city's human rights report";
        }
        if (n == 1) {
            return "Tell us what your city should do next";
        }
        return capitalised(sentence(4 + random.nextInt(6))) + " (" + n + ")";
    }

    /** About 1.5 KB of Markdown: a few paragraphs, a list, a link. */
    private String body(int n) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            body.append(capitalised(sentence(20 + random.nextInt(20)))).append(". ")
                    .append(capitalised(sentence(10 + random.nextInt(20)))).append(".\n\n");
        }
        if (n % RARE_EVERY == RARE_EVERY - 1) {
            // a word few posts hold, as real sites have many: the search benchmark's rare word
            body.append("The ").append(RARE_WORD).append(" answered the residents.\n\n");
        }
        body.append("- ").append(sentence(6)).append("\n- ").append(sentence(7)).append("\n- ").append(sentence(5))
                .append("\n\nRead [the full report](https://hrcities.example.org/reports/").append(n).append(").\n");
        return body.toString();
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sentence.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sentence.toString();
    }

    private String spamText() {
        return "Best " + SPAM_WORDS[random.nextInt(SPAM_WORDS.length)] + " deals, " + sentence(8)
                + " visit https://cheap-deals.example/" + random.nextInt(10_000) + " and https://cheap-deals.example/offer"
                + random.nextInt(100) + " now!!!";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static final String[] WORDS = ("city council human rights network local policy report residents housing"
            + " water education participation children equality access public services mayor budget dialogue youth"
            + " roundtable declaration monitoring indicators partners inclusion accessibility transport culture health"
            + " refugees welcome neighbourhood assembly climate justice workers dignity safety library school park"
            + " festival meeting commitment progress review conference network strategy action plan")
            .split(" ");
    private static final String[] AUTHORS = {"The Network Team", "Anna Berger", "Jonas Ek", "Marta Puig", "Min-ji Park"};
    private static final String[] READERS = {"Karin Lindqvist", "Ada Lovelace", "Pieter de Vries", "Laura Gómez",
        "Tom Hughes", "Eva Novak", "Sami Yilmaz", "Hannah Weber"};
    private static final String[] SPAM_NAMES = {"Cheap Watches", "Best Casino Online", "SEO Expert", "Loan Offer",
        "Crypto Gains"};
    private static final String[] SPAM_WORDS = {"watch", "casino", "loan", "crypto", "pharmacy", "seo"};

    /** How many of these comment ids are not stored. */
    static long missingComments(BenchDatabase database, java.util.Set<String> ids) throws SQLException {
        long found = 0;
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), "");
             PreparedStatement exists = connection.prepareStatement("SELECT COUNT(*) FROM comments WHERE id = ?")) {
            for (String id : ids) {
                exists.setObject(1, UUID.fromString(id));
                try (ResultSet rows = exists.executeQuery()) {
                    rows.next();
                    found += rows.getLong(1);
                }
            }
        }
        return ids.size() - found;
    }

    /** Counts the comments stored, for the durability check. */
    static long countComments(BenchDatabase database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM comments")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
