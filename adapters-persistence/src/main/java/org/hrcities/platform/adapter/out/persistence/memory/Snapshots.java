package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.UUID;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.post.Post;

/**
 * Copies of aggregates for the in-memory store: callers never hold the stored instance, so a change
 * they make is stored only when they save it, as with a database.
 */
final class Snapshots {

    /** Orders UUIDs as PostgreSQL and H2 do: by their bytes, unsigned. */
    static final Comparator<UUID> UUID_BYTE_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private Snapshots() {
    }

    static Post copy(Post post, long version) {
        Post copy = Post.reconstitute(post.id(), post.language(), post.translationOf().orElse(null), post.slug(), post.formerSlugs(), post.content(), post.authorName(),
                post.status(), post.publishedAt().orElse(null), post.partnerCities(), post.topics(), post.commentsOpen(),
                post.updatedAt(), version);
        copy.feature(post.featuredImage().orElse(null));
        return copy;
    }

    static MediaFile copy(MediaFile file, long version) {
        return MediaFile.reconstitute(file.id(), file.fileName(), file.image(), file.byteCount(), file.sha256(),
                file.altText(), file.uploadedAt(), version);
    }

    static Comment copy(Comment comment, long version) {
        return Comment.reconstitute(comment.id(), comment.postId(), comment.parentId().orElse(null), comment.depth(),
                comment.commenter(), comment.text(), comment.submittedAt(), comment.senderAddress().orElse(null),
                comment.userAgent().orElse(null), comment.status(), version);
    }

    static PartnerCity copy(PartnerCity city, long version) {
        return PartnerCity.reconstitute(city.id(), city.slug(), city.name(), city.country(), city.membership(),
                city.memberSince(), city.website().orElse(null), city.location(), city.description(), city.isRetired(),
                city.translations(), version);
    }

    static Event copy(Event event, long version) {
        return Event.reconstitute(event.id(), event.details(), event.status(), event.previousTiming().orElse(null),
                event.publishedAt().orElse(null), event.sequence(), event.createdAt(), event.updatedAt(), version);
    }

    static SitePage copy(SitePage page, long version) {
        return SitePage.reconstitute(page.id(), page.language(), page.translationOf().orElse(null), page.slug(),
                page.title(), page.body(), page.status(), page.menuPosition().orElse(null), page.updatedAt(), version);
    }

    static Topic copy(Topic topic, long version) {
        return Topic.reconstitute(topic.id(), topic.slug(), topic.name(), topic.description(), version);
    }

    static Account copy(Account account, long version) {
        return Account.reconstitute(account.id(), account.email(), account.displayName(), account.role(),
                account.passwordHash(), account.enabled(), account.adminLanguage(), account.createdAt(), version);
    }
}
