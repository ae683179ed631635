package org.hrcities.platform.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import of a large WordPress export ({@code bench/run import [posts] [comments-per-post] [h2|postgresql]},
 * 10,000 posts with 10 comments each by default): writes a WXR file as WordPress writes them (CDATA,
 * block-editor comments, categories and tags, comment threads three deep, a few pending and trashed
 * comments and pingbacks), starts the site jar with its own heap (jvm.options) on a fresh database,
 * sends the file to {@code POST /api/admin/imports}, follows the import to its end and prints how long
 * each step took, the rate, the site's largest resident memory, and a second import of the same file
 * (which must add nothing).
 */
final class ImportBench {

    private static final String ADMIN = "bench-admin@city.example.org";
    private static final String PASSWORD = "a passphrase for the benchmark";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private ImportBench() {
    }

    static void run(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int commentsPerPost = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String database = args.length > 2 ? args[2] : "h2";
        Path root = Path.of(System.getProperty("hrc.bench.root", "."));
        Path jar = Path.of(System.getProperty("hrc.bench.jar", root.resolve("bootstrap/target/hrc-platform.jar").toString()));
        Path work = root.resolve("bench/target/import");
        BenchDatabase.deleteRecursively(work);
        Files.createDirectories(work);
        Path export = work.resolve("export.wxr.xml");
        long writeStart = System.nanoTime();
        write(export, posts, commentsPerPost);
        System.out.printf("wrote %s: %,d posts, %,d comments, %,d bytes in %,d ms%n", export, posts,
                (long) posts * commentsPerPost, Files.size(export), (System.nanoTime() - writeStart) / 1_000_000);

        try (BenchDatabase db = BenchDatabase.create(database, work)) {
            Path site = work.resolve("site");
            Files.createDirectories(site);
            int port = SiteProcess.freePort();
            Map<String, String> environment = Map.of("HRC_DB_URL", db.url(), "HRC_DB_USER", db.user(),
                    "HRC_DEMO_CONTENT", "false", "HRC_ADMIN_EMAIL", ADMIN, "HRC_ADMIN_PASSWORD", PASSWORD);
            try (SiteProcess process = SiteProcess.site(jar, port, environment, site, work.resolve("site.log"))) {
                System.out.printf("site started on %s (%s) in %,d ms, heap as jvm.options sets it%n", process.base(),
                        db.kind(), process.startupMillis());
                Figures first = importOnce(process, export);
                System.out.println("first import:  " + first);
                Figures second = importOnce(process, export);
                System.out.println("second import: " + second);
                System.out.printf("site's largest resident memory: %,d MB%n", process.maxRssMb());
            }
        }
    }

    private static Figures importOnce(SiteProcess process, Path export) throws Exception {
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        HttpResponse<String> accepted = SiteProcess.HTTP.send(HttpRequest.newBuilder(URI.create(process.base()
                        + "/api/admin/imports?name=bench.wxr.xml")).header("Authorization", authorization)
                .header("Content-Type", "application/xml").timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofFile(export)).build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("the import was refused: " + accepted.statusCode() + " " + accepted.body());
        }
        long acceptedNanos = System.nanoTime() - start;
        URI location = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        while (true) {
            HttpResponse<String> status = SiteProcess.HTTP.send(HttpRequest.newBuilder(location)
                    .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
            String state = field(status.body(), "status");
            if (state.equals("finished") || state.equals("failed")) {
                long total = System.nanoTime() - start;
                long importMillis = Duration.between(Instant.parse(field(status.body(), "startedAt")),
                        Instant.parse(field(status.body(), "finishedAt"))).toMillis();
                Matcher counts = COUNTS.matcher(status.body());
                return new Figures(state, acceptedNanos / 1_000_000, importMillis, total / 1_000_000,
                        counts.find() ? counts.group(1) : "", field(status.body(), "failure"));
            }
            Thread.sleep(250);
        }
    }

    private static final Pattern COUNTS = Pattern.compile("\"counts\":(\\{(?:[^{}]|\\{[^{}]*\\})*\\})");

    /** A string field of the import's JSON, or empty. */
    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** What one import took: to send and check the file (202), to import it, in all, and what it counted. */
    private record Figures(String status, long acceptedMillis, long importMillis, long totalMillis, String counts,
                           String failure) {

        @Override
        public String toString() {
            return String.format("%s; file sent and checked in %,d ms, imported in %,d ms, %,d ms in all; %s%s", status,
                    acceptedMillis, importMillis, totalMillis, counts, failure.isEmpty() ? "" : "; " + failure);
        }
    }

    /** Writes an export as WordPress 6.1 writes one, item by item. */
    static void write(Path file, int posts, int commentsPerPost) throws IOException {
        Random random = new Random(42);
        Instant start = Instant.parse("2015-01-01T08:00:00Z");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel>
                    \t<title>Human Rights Cities Network</title>
                    \t<link>https://bench.hrcities.example</link>
                    \t<language>en-US</language>
                    \t<wp:wxr_version>1.2</wp:wxr_version>
                    \t<wp:base_site_url>https://bench.hrcities.example</wp:base_site_url>
                    \t<wp:base_blog_url>https://bench.hrcities.example</wp:base_blog_url>
                    \t<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[editor]]></wp:author_login><wp:author_email><![CDATA[editor@bench.example]]></wp:author_email><wp:author_display_name><![CDATA[Zoë Müller]]></wp:author_display_name></wp:author>
                    """);
            String[] categories = {"news", "events", "housing", "education", "migration", "culture", "health", "youth"};
            for (int i = 0; i < categories.length; i++) {
                out.write("\t<wp:category><wp:term_id>" + (i + 2) + "</wp:term_id><wp:category_nicename><![CDATA["
                        + categories[i] + "]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent>"
                        + "<wp:cat_name><![CDATA[" + Character.toUpperCase(categories[i].charAt(0)) + categories[i].substring(1)
                        + "]]></wp:cat_name></wp:category>\n");
            }
            long commentId = 1;
            for (int p = 1; p <= posts; p++) {
                Instant published = start.plusSeconds(p * 3_600L);
                String slug = "post-number-" + p + "-on-human-rights-in-our-cities";
                String category = categories[p % categories.length];
                out.write("\t<item>\n\t\t<title><![CDATA[Post number " + p + " on human rights in our cities]]></title>\n");
                out.write("\t\t<link>https://bench.hrcities.example/" + slug + "/</link>\n");
                out.write("\t\t<dc:creator><![CDATA[editor]]></dc:creator>\n");
                out.write("\t\t<guid isPermaLink=\"false\">https://bench.hrcities.example/?p=" + (p + 100) + "</guid>\n");
                out.write("\t\t<content:encoded><![CDATA[" + body(p, random) + "]]></content:encoded>\n");
                out.write("\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n");
                out.write("\t\t<wp:post_id>" + (p + 100) + "</wp:post_id>\n");
                out.write("\t\t<wp:post_date><![CDATA[" + WP_DATE.format(published) + "]]></wp:post_date>\n");
                out.write("\t\t<wp:post_date_gmt><![CDATA[" + WP_DATE.format(published) + "]]></wp:post_date_gmt>\n");
                out.write("\t\t<wp:comment_status><![CDATA[open]]></wp:comment_status>\n");
                out.write("\t\t<wp:post_name><![CDATA[" + slug + "]]></wp:post_name>\n");
                out.write("\t\t<wp:status><![CDATA[publish]]></wp:status>\n");
                out.write("\t\t<wp:post_parent>0</wp:post_parent>\n\t\t<wp:menu_order>0</wp:menu_order>\n");
                out.write("\t\t<wp:post_type><![CDATA[post]]></wp:post_type>\n");
                out.write("\t\t<wp:post_password><![CDATA[]]></wp:post_password>\n\t\t<wp:is_sticky>0</wp:is_sticky>\n");
                out.write("\t\t<category domain=\"category\" nicename=\"" + category + "\"><![CDATA[" + category + "]]></category>\n");
                out.write("\t\t<category domain=\"post_tag\" nicename=\"tag-" + (p % 50) + "\"><![CDATA[tag " + (p % 50)
                        + "]]></category>\n");
                long first = commentId;
                for (int c = 0; c < commentsPerPost; c++, commentId++) {
                    long parent = c % 3 == 0 ? 0 : commentId - 1;
                    String approved = c % 17 == 5 ? "0" : c % 23 == 7 ? "trash" : "1";
                    String type = c % 29 == 11 ? "pingback" : "comment";
                    out.write("\t\t<wp:comment>\n\t\t\t<wp:comment_id>" + commentId + "</wp:comment_id>\n");
                    out.write("\t\t\t<wp:comment_author><![CDATA[Reader " + commentId + "]]></wp:comment_author>\n");
                    out.write("\t\t\t<wp:comment_author_email><![CDATA[reader" + commentId
                            + "@example.org]]></wp:comment_author_email>\n");
                    out.write("\t\t\t<wp:comment_author_url>https://reader" + (commentId % 100)
                            + ".example.org/</wp:comment_author_url>\n");
                    out.write("\t\t\t<wp:comment_author_IP><![CDATA[192.0.2." + (commentId % 250 + 1)
                            + "]]></wp:comment_author_IP>\n");
                    String at = WP_DATE.format(published.plusSeconds(60L * (c + 1)));
                    out.write("\t\t\t<wp:comment_date><![CDATA[" + at + "]]></wp:comment_date>\n");
                    out.write("\t\t\t<wp:comment_date_gmt><![CDATA[" + at + "]]></wp:comment_date_gmt>\n");
                    out.write("\t\t\t<wp:comment_content><![CDATA[Thank you for post " + p + ", comment " + c
                            + ". Our city does the same.\nWe would like to <strong>learn more</strong> about it.]]></wp:comment_content>\n");
                    out.write("\t\t\t<wp:comment_approved><![CDATA[" + approved + "]]></wp:comment_approved>\n");
                    out.write("\t\t\t<wp:comment_type><![CDATA[" + type + "]]></wp:comment_type>\n");
                    out.write("\t\t\t<wp:comment_parent>" + (parent < first ? 0 : parent) + "</wp:comment_parent>\n");
                    out.write("\t\t\t<wp:comment_user_id>0</wp:comment_user_id>\n\t\t</wp:comment>\n");
                }
                out.write("\t</item>\n");
            }
            out.write("</channel>\n</rss>\n");
        }
    }

    /** About 2 KB of block-editor HTML: paragraphs, a heading, a list, a link, now and then a table. */
    private static String body(int p, Random random) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            body.append("<!-- wp:paragraph -->\n<p>Human rights cities commit to respect, protect and fulfil the rights of")
                    .append(" everyone who lives in them. Paragraph ").append(i).append(" of post ").append(p)
                    .append(" tells how <a href=\"https://bench.hrcities.example/about/\">the network</a> works, with")
                    .append(" <em>residents</em> and <strong>councils</strong> together (").append(random.nextInt(1000))
                    .append(").</p>\n<!-- /wp:paragraph -->\n\n");
            if (i == 1) {
                body.append("<!-- wp:heading -->\n<h2>What the city does</h2>\n<!-- /wp:heading -->\n\n")
                        .append("<!-- wp:list -->\n<ul><li>Housing advice</li><li>Welcome desks</li>")
                        .append("<li>Youth councils</li></ul>\n<!-- /wp:list -->\n\n");
            }
        }
        if (p % 10 == 0) {
            body.append("<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><thead><tr><th>Year</th><th>Cities</th>")
                    .append("</tr></thead><tbody><tr><td>2020</td><td>12</td></tr><tr><td>2021</td><td>15</td></tr>")
                    .append("</tbody></table></figure>\n<!-- /wp:table -->");
        }
        return body.toString();
    }
}
