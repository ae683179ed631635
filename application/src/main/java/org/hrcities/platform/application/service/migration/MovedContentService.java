package org.hrcities.platform.application.service.migration;

import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.application.port.in.migration.FindMovedContentUseCase;
import org.hrcities.platform.application.port.in.migration.MovedContent;
import org.hrcities.platform.application.port.in.migration.OldAddress;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.ImportLedgerPort;
import org.hrcities.platform.application.port.out.ImportLedgerPort.Kind;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * Finds moved content through the import ledger (ids of the former platform) and the slugs posts and
 * topics kept. Only what readers may see is found: a draft's old address leads nowhere. Imported files are
 * found by their path in the former site's uploads.
 */
public final class MovedContentService implements FindMovedContentUseCase {

    private final PostRepository posts;
    private final TopicRepository topics;
    private final PartnerCityRepository cities;
    private final SitePageRepository pages;
    private final MediaRepository media;
    private final ImportLedgerPort ledger;
    private final TransactionPort transactions;
    private final ClockPort clock;

    /** The language of the posts the old site's addresses lead to: the site's default. */
    private final Language language;

    public MovedContentService(PostRepository posts, TopicRepository topics, PartnerCityRepository cities,
                               SitePageRepository pages, MediaRepository media, ImportLedgerPort ledger,
                               TransactionPort transactions, ClockPort clock, SiteLanguages languages) {
        this.language = languages.defaultLanguage();
        this.pages = Objects.requireNonNull(pages);
        this.media = Objects.requireNonNull(media);
        this.posts = Objects.requireNonNull(posts);
        this.topics = Objects.requireNonNull(topics);
        this.cities = Objects.requireNonNull(cities);
        this.ledger = Objects.requireNonNull(ledger);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Optional<MovedContent> findMovedContent(OldAddress address) {
        return transactions.inTransaction(() -> switch (address.kind()) {
            case POST_ID -> ledger.findAnySource(Kind.POST, address.key())
                    .flatMap(entry -> posts.findById(new PostId(entry.targetId())))
                    .flatMap(this::readable);
            case PAGE_ID -> ledger.findAnySource(Kind.PAGE, address.key())
                    .flatMap(entry -> pages.findById(new SitePageId(entry.targetId())))
                    .flatMap(MovedContentService::published);
            case POST_SLUG -> Slugs.valid(address.key())
                    .flatMap(slug -> posts.findBySlug(language, slug).or(() -> posts.findByFormerSlug(language, slug)).flatMap(this::readable)
                            .or(() -> pages.findBySlug(language, slug).flatMap(MovedContentService::published)));
            case TOPIC -> topic(address.key());
        });
    }

    @Override
    public Optional<MediaFile> findMovedMediaFile(String uploadsPath) {
        return UploadsPaths.ledgerKey(uploadsPath).flatMap(key -> transactions.inTransaction(() ->
                ledger.findAnySource(Kind.MEDIA, key).flatMap(entry -> media.findById(new MediaId(entry.targetId())))));
    }

    private Optional<MovedContent> readable(Post post) {
        return post.isReadableAt(clock.now()) ? Optional.of(new MovedContent(MovedContent.Kind.POST, post.slug()))
                : Optional.empty();
    }

    private static Optional<MovedContent> published(SitePage page) {
        return page.status() == SitePageStatus.PUBLISHED ? Optional.of(new MovedContent(MovedContent.Kind.PAGE, page.slug()))
                : Optional.empty();
    }

    private Optional<MovedContent> topic(String key) {
        Optional<MovedContent> imported = ledger.findAnySource(Kind.TOPIC, key)
                .flatMap(entry -> topics.findById(new TopicId(entry.targetId())))
                .map(topic -> new MovedContent(MovedContent.Kind.TOPIC, topic.slug()));
        if (imported.isPresent()) {
            return imported;
        }
        Optional<MovedContent> city = ledger.findAnySource(Kind.PARTNER_CITY, key)
                .flatMap(entry -> cities.findById(new PartnerCityId(entry.targetId())))
                .map(found -> new MovedContent(MovedContent.Kind.PARTNER_CITY, found.slug()));
        if (city.isPresent()) {
            return city;
        }
        int colon = key.indexOf(':');
        Optional<Slug> slug = Slugs.valid(colon < 0 ? key : key.substring(colon + 1));
        return slug.flatMap(topics::findBySlug).map(topic -> new MovedContent(MovedContent.Kind.TOPIC, topic.slug()));
    }
}
