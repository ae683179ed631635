package org.hrcities.platform.adapter.in.web.admin.comment;

import org.hrcities.platform.adapter.in.web.input.ModerationInputs;
import org.hrcities.platform.adapter.in.web.admin.AdminTexts;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.render.Dates;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.application.port.in.moderation.ModerationQueueItem;
import java.util.ArrayList;
import java.util.List;
import org.hrcities.platform.application.port.in.moderation.OpenReports;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * One comment as a row of the moderation queue: everything a moderator needs, the email and the
 * sender's address and user agent included (admin pages only); no email for an erased comment. Every value is printed escaped, the text as plain text.
 */
public record CommentRow(String id, long version, String authorName, String email, String website, String address,
                         String text, String postId, String postTitle, String postSlug, String postLanguage,
                         String postHref, String submitted, String submittedIso, String status, OpenReports reports,
                         String userAgent) {

    public CommentRow {
        reports = reports == null ? OpenReports.NONE : reports;
    }

    /** A row without open reports, on a post of the default language at its usual address. */
    public CommentRow(String id, long version, String authorName, String email, String website, String address,
                      String text, String postId, String postTitle, String postSlug, String submitted,
                      String submittedIso, String status, String userAgent) {
        this(id, version, authorName, email, website, address, text, postId, postTitle, postSlug, "en",
                "/posts/" + postSlug, submitted, submittedIso, status, OpenReports.NONE, userAgent);
    }

    /** The row, its time shown in the site's time zone (the one the admin shows every time in), in English. */
    public static CommentRow of(ModerationQueueItem item, SiteTimeZone zone) {
        return of(item, zone, AdminTexts.english(), new LanguageRoutes(
                org.hrcities.platform.domain.shared.SiteLanguages.only(item.postLanguage())));
    }

    /**
     * The row, its time shown in the site's time zone and in the language of {@code texts}, its post's
     * address in the post's language among the site's {@code routes}.
     */
    public static CommentRow of(ModerationQueueItem item, SiteTimeZone zone, Texts texts, LanguageRoutes routes) {
        Comment comment = item.comment();
        return new CommentRow(comment.id().toString(), comment.version(), comment.commenter().name(),
                comment.commenter().emailIfGiven().map(EmailAddress::value).orElse(null), comment.commenter().websiteIfGiven().map(WebsiteUrl::value).orElse(null),
                comment.senderAddress().orElse(null), comment.text().value(), comment.postId().toString(),
                item.postTitle(), item.postSlug().value(), item.postLanguage().code(),
                routes.path(item.postLanguage(), "/posts/" + item.postSlug().value()), zone.human(comment.submittedAt(), texts),
                Dates.iso(comment.submittedAt()), ModerationInputs.name(comment.status()), item.reports(),
                comment.userAgent().orElse(null));
    }

    /** The same row as the moderator saw it, at that version. */
    public CommentRow atVersion(long seen) {
        return new CommentRow(id, seen, authorName, email, website, address, text, postId, postTitle, postSlug,
                postLanguage, postHref, submitted, submittedIso, status, reports, userAgent);
    }

    /** "Reported by 3 readers: spam 2, abuse 1", or null without open reports. */
    public String reportSummary() {
        if (!reports.any()) {
            return null;
        }
        return "Reported by " + reports.readers() + (reports.readers() == 1 ? " reader: " : " readers: ") + reportReasons();
    }

    /** The reasons readers gave, each with how many gave it: "abuse 2, spam 1" (the reasons' codes). */
    public String reportReasons() {
        List<String> parts = new ArrayList<>();
        for (ReportReason reason : reports.reasons()) {
            parts.add(reason.code() + " " + reports.byReason().get(reason));
        }
        return String.join(", ", parts);
    }

    /** The checkbox's value: the id and the version the moderator sees. */
    public String selection() {
        return id + ":" + version;
    }

    public String href() {
        return "/admin/comments/" + id;
    }
}
