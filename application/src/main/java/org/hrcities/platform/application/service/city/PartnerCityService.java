package org.hrcities.platform.application.service.city;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesUseCase;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
import org.hrcities.platform.application.port.in.city.PartnerCityProfile;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityQuery;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityUseCase;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.city.PartnerCity;

/**
 * Presents the partner cities of the network to visitors: the list holds the current ones, a page any.
 *
 * <p>One service for the two use cases of visitors reading partner cities:
 * {@link ListPartnerCitiesUseCase} and {@link ReadPartnerCityUseCase}.
 */
public class PartnerCityService implements ListPartnerCitiesUseCase, ReadPartnerCityUseCase {

    private final PartnerCityRepository cities;
    private final PostRepository posts;
    private final TransactionPort transactions;

    public PartnerCityService(PartnerCityRepository cities, PostRepository posts, TransactionPort transactions) {
        this.cities = Objects.requireNonNull(cities);
        this.posts = Objects.requireNonNull(posts);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public List<PartnerCity> listPartnerCities() {
        return transactions.inTransaction(cities::findCurrent);
    }

    @Override
    public PartnerCityProfile readPartnerCity(ReadPartnerCityQuery query) {
        return transactions.inTransaction(() -> {
            PartnerCity city = cities.findBySlug(query.slug())
                    .orElseThrow(() -> new PartnerCityNotFoundException(query.slug()));
            return new PartnerCityProfile(city, posts.findPublishedByPartnerCity(query.language(), city.id(), query.postsPage()));
        });
    }
}
