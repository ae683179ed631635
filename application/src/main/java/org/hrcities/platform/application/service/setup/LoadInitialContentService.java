package org.hrcities.platform.application.service.setup;

import java.util.Objects;
import org.hrcities.platform.application.port.in.setup.InitialContent;
import org.hrcities.platform.application.port.in.setup.LoadInitialContentUseCase;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;

/** Stores a site's first content in one transaction. */
public class LoadInitialContentService implements LoadInitialContentUseCase {

    private final PartnerCityRepository cities;
    private final PostRepository posts;
    private final CommentRepository comments;
    private final TransactionPort transactions;

    public LoadInitialContentService(PartnerCityRepository cities, PostRepository posts, CommentRepository comments,
                                     TransactionPort transactions) {
        this.cities = Objects.requireNonNull(cities);
        this.posts = Objects.requireNonNull(posts);
        this.comments = Objects.requireNonNull(comments);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public boolean loadIfEmpty(InitialContent content) {
        return transactions.inTransaction(() -> {
            if (posts.count() > 0 || cities.count() > 0) {
                return false;
            }
            content.cities().forEach(cities::save);
            content.posts().forEach(posts::save);
            content.comments().forEach(comments::save);
            return true;
        });
    }
}
