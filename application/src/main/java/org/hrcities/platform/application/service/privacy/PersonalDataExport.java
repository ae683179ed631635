package org.hrcities.platform.application.service.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * The copy of one address's data: every comment with its post (title and address), dates, status,
 * name, email, website, the sender's network address and user agent as stored, and the moderation
 * decisions about it (time, action, statuses, reason; never who took them), and the address's mail
 * subscription if any. Written as
 * {@code personal-data.json} and {@code personal-data.html} (every value escaped) in one zip, built in
 * memory when it is asked for and never stored.
 */
final class PersonalDataExport {

    /** The export's format, in the JSON's {@code format} field. */
    static final String FORMAT = "hrc-personal-data/1";

    private PersonalDataExport() {
    }

    /** One comment with what the export tells of it. */
    private record Entry(Comment comment, Optional<Post> post, List<ModerationRecord> history) {
    }

    static byte[] zip(EmailAddress email, Instant at, List<Comment> comments, Function<PostId, Optional<Post>> posts,
                      Function<CommentId, List<ModerationRecord>> history, Optional<MailSubscriber> subscriber,
                      MailSettings site) {
        List<Entry> entries = comments.stream()
                .map(comment -> new Entry(comment, posts.apply(comment.postId()), history.apply(comment.id()))).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, "personal-data.json", json(email, at, entries, subscriber, site));
            add(zip, "personal-data.html", html(email, at, entries, subscriber, site));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String json(EmailAddress email, Instant at, List<Entry> entries, Optional<MailSubscriber> subscriber,
                       MailSettings site) {
        StringBuilder out = new StringBuilder(1024);
        out.append("{\n  \"format\": ").append(string(FORMAT))
                .append(",\n  \"site\": ").append(string(site.origin().toString()))
                .append(",\n  \"email\": ").append(string(email.value()))
                .append(",\n  \"exportedAt\": ").append(string(at.toString()))
                .append(",\n  \"mailSubscription\": ");
        if (subscriber.isEmpty()) {
            out.append("null");
        } else {
            MailSubscriber subscribed = subscriber.get();
            out.append("{\"since\": ").append(string(subscribed.createdAt().toString()))
                    .append(", \"confirmedAt\": ").append(string(subscribed.confirmedAt().map(Instant::toString).orElse(null)))
                    .append(", \"unsubscribedAt\": ").append(string(subscribed.unsubscribedAt().map(Instant::toString).orElse(null)))
                    .append('}');
        }
        out.append(",\n  \"comments\": [");
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Comment comment = entry.comment();
            out.append(i == 0 ? "\n" : ",\n").append("    {")
                    .append("\"id\": ").append(string(comment.id().toString()))
                    .append(", \"post\": {\"title\": ").append(string(entry.post().map(Post::title).orElse(null)))
                    .append(", \"address\": ").append(string(postAddress(entry, site))).append('}')
                    .append(", \"inReplyTo\": ").append(string(comment.parentId().map(CommentId::toString).orElse(null)))
                    .append(", \"submittedAt\": ").append(string(comment.submittedAt().toString()))
                    .append(", \"status\": ").append(string(comment.status().name()))
                    .append(", \"name\": ").append(string(comment.commenter().name()))
                    .append(", \"email\": ").append(string(comment.commenter().emailIfGiven().map(EmailAddress::value).orElse(null)))
                    .append(", \"website\": ").append(string(comment.commenter().websiteIfGiven().map(WebsiteUrl::value).orElse(null)))
                    .append(", \"senderAddress\": ").append(string(comment.senderAddress().orElse(null)))
                    .append(", \"userAgent\": ").append(string(comment.userAgent().orElse(null)))
                    .append(", \"text\": ").append(string(comment.text().value()))
                    .append(", \"moderation\": [");
            List<ModerationRecord> history = entry.history();
            for (int j = 0; j < history.size(); j++) {
                ModerationRecord record = history.get(j);
                out.append(j == 0 ? "" : ", ")
                        .append("{\"at\": ").append(string(record.at().toString()))
                        .append(", \"action\": ").append(string(record.action().name()))
                        .append(", \"from\": ").append(string(record.fromStatus() == null ? null : record.fromStatus().name()))
                        .append(", \"to\": ").append(string(record.toStatus() == null ? null : record.toStatus().name()))
                        .append(", \"reason\": ").append(string(record.reason()))
                        .append('}');
            }
            out.append("]}");
        }
        out.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
    }

    static String html(EmailAddress email, Instant at, List<Entry> entries, Optional<MailSubscriber> subscriber,
                       MailSettings site) {
        StringBuilder out = new StringBuilder(1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Your data on ").append(escape(site.origin().getHost())).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}"
                        + "th{text-align:left;vertical-align:top;padding-right:1rem}pre{white-space:pre-wrap}</style>\n")
                .append("</head>\n<body>\n<h1>Your data on ").append(escape(site.origin().toString())).append("</h1>\n")
                .append("<p>Everything this site holds about <strong>").append(escape(email.value()))
                .append("</strong>, as of ").append(escape(at.toString())).append(" (UTC).</p>\n")
                .append("<h2>Mail about your comments</h2>\n<p>")
                .append(subscriber.map(subscribed -> "Asked for on " + escape(subscribed.createdAt().toString())
                        + subscribed.confirmedAt().map(confirmed -> ", confirmed on " + escape(confirmed.toString())).orElse(", not confirmed")
                        + subscribed.unsubscribedAt().map(stopped -> ", stopped on " + escape(stopped.toString())).orElse("")
                        + ".").orElse("None."))
                .append("</p>\n<h2>Comments (").append(entries.size()).append(")</h2>\n");
        if (entries.isEmpty()) {
            out.append("<p>The site holds no comments from this address.</p>\n");
        }
        for (Entry entry : entries) {
            Comment comment = entry.comment();
            out.append("<section>\n<h3>On &ldquo;").append(escape(entry.post().map(Post::title).orElse("a deleted post")))
                    .append("&rdquo;</h3>\n<table>\n");
            row(out, "Post address", postAddress(entry, site));
            row(out, "Written", comment.submittedAt().toString());
            row(out, "Status", comment.status().name().toLowerCase(java.util.Locale.ROOT));
            row(out, "Name", comment.commenter().name());
            row(out, "Email", comment.commenter().emailIfGiven().map(EmailAddress::value).orElse(null));
            row(out, "Website", comment.commenter().websiteIfGiven().map(WebsiteUrl::value).orElse(null));
            row(out, "Network address", comment.senderAddress().orElse(null));
            row(out, "Browser (user agent)", comment.userAgent().orElse(null));
            out.append("</table>\n<pre>").append(escape(comment.text().value())).append("</pre>\n");
            if (!entry.history().isEmpty()) {
                out.append("<h4>Moderation</h4>\n<ul>\n");
                for (ModerationRecord record : entry.history()) {
                    out.append("<li>").append(escape(record.at().toString())).append(": ")
                            .append(escape(record.action().name().toLowerCase(java.util.Locale.ROOT)));
                    if (record.fromStatus() != null || record.toStatus() != null) {
                        out.append(" (").append(escape(record.fromStatus() == null ? "new" : record.fromStatus().name()))
                                .append(" &rarr; ").append(escape(record.toStatus() == null ? "deleted" : record.toStatus().name()))
                                .append(')');
                    }
                    if (record.reason() != null) {
                        out.append(": ").append(escape(record.reason()));
                    }
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String postAddress(Entry entry, MailSettings site) {
        return entry.post().map(post -> site.link("/posts/" + post.slug().value()).toString()).orElse(null);
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append("<tr><th scope=\"row\">").append(escape(label)).append("</th><td>")
                .append(value == null ? "&mdash;" : escape(value)).append("</td></tr>\n");
    }

    /** HTML text and attribute escaping. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A JSON string, or {@code null}. */
    static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
