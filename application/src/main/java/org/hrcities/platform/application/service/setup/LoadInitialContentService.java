package org.hrcities.platform.application.service.setup;

import java.util.Objects;
import org.hrcities.platform.application.port.in.setup.InitialContent;
import org.hrcities.platform.application.port.in.setup.LoadInitialContentUseCase;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.EventRepository;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/** Stores a site's first content in one transaction. */
public class LoadInitialContentService implements LoadInitialContentUseCase {

    private final PartnerCityRepository cities;
    private final TopicRepository topics;
    private final PostRepository posts;
    private final CommentRepository comments;
    private final SitePageRepository pages;
    private final MediaRepository media;
    private final MediaContentPort mediaContent;
    private final EventRepository events;
    private final TransactionPort transactions;

    public LoadInitialContentService(PartnerCityRepository cities, TopicRepository topics, PostRepository posts,
                                     CommentRepository comments, SitePageRepository pages, MediaRepository media,
                                     MediaContentPort mediaContent, EventRepository events,
                                     TransactionPort transactions) {
        this.events = Objects.requireNonNull(events);
        this.media = Objects.requireNonNull(media);
        this.mediaContent = Objects.requireNonNull(mediaContent);
        this.cities = Objects.requireNonNull(cities);
        this.topics = Objects.requireNonNull(topics);
        this.posts = Objects.requireNonNull(posts);
        this.comments = Objects.requireNonNull(comments);
        this.pages = Objects.requireNonNull(pages);
        this.transactions = Objects.requireNonNull(transactions);
    }

    /**
     * {@inheritDoc}
     * <p>
     * Several instances of the site starting at once on the same empty database all find it empty; the
     * first to commit loads the content, and the others' transactions fail on a slug already taken and
     * leave nothing behind. Such a failure, with the content then present, means that another instance
     * loaded it: this one did not, and says so.
     */
    @Override
    public boolean loadIfEmpty(InitialContent content) {
        try {
            return transactions.inTransaction(() -> {
                if (hasContent()) {
                    return false;
                }
                content.cities().forEach(cities::save);
                content.topics().forEach(topics::save);
                content.media().forEach(file -> media.save(file.file()));
                content.posts().forEach(posts::save);
                content.comments().forEach(comments::save);
                content.pages().forEach(pages::save);
                content.events().forEach(events::save);
                content.media().forEach(file -> mediaContent.store(file.file().id(), file.bytes()));
                return true;
            });
        } catch (SlugAlreadyTakenException e) {
            if (transactions.inTransaction(this::hasContent)) {
                return false;
            }
            throw e;
        }
    }

    private boolean hasContent() {
        return posts.count() > 0 || cities.count() > 0;
    }
}
