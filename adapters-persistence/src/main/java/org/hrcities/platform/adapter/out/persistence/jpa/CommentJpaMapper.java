package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/** Maps comments to their rows and back. */
final class CommentJpaMapper {

    private CommentJpaMapper() {
    }

    static Comment toDomain(CommentJpaEntity row) {
        Commenter commenter = new Commenter(row.authorName,
                row.authorEmail == null ? null : new EmailAddress(row.authorEmail),
                row.authorUrl == null ? null : new WebsiteUrl(row.authorUrl));
        return Comment.reconstitute(new CommentId(row.id), new PostId(row.postId),
                row.parentId == null ? null : new CommentId(UUID.fromString(row.parentId)), row.depth, commenter,
                new CommentText(row.content), row.submittedAt.toInstant(), row.senderAddress, row.userAgent, ModerationStatus.valueOf(row.status),
                row.version);
    }

    /** Writes the comment's state into the row; the version is left to JPA. */
    static void copyInto(Comment comment, CommentJpaEntity row) {
        row.postId = comment.postId().value();
        row.parentId = comment.parentId().map(CommentId::toString).orElse(null);
        row.depth = comment.depth();
        row.authorName = comment.commenter().name();
        row.authorEmail = comment.commenter().emailIfGiven().map(EmailAddress::value).orElse(null);
        row.authorEmailKey = comment.commenter().emailIfGiven().map(CommentJpaMapper::emailKey).orElse(null);
        row.authorUrl = comment.commenter().websiteIfGiven().map(WebsiteUrl::value).orElse(null);
        row.content = comment.text().value();
        row.submittedAt = comment.submittedAt().atOffset(ZoneOffset.UTC);
        row.senderAddress = comment.senderAddress().orElse(null);
        row.userAgent = comment.userAgent().orElse(null);
        row.status = comment.status().name();
    }

    /** The form of an email address that lookups ignoring its case compare. */
    static String emailKey(EmailAddress email) {
        return email.value().toLowerCase(Locale.ROOT);
    }
}
