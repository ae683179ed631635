package org.hrcities.platform.application.service.city;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesUseCase;
import org.hrcities.platform.application.port.in.city.PartnerCityInLanguage;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
import org.hrcities.platform.application.port.in.city.PartnerCityProfile;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityQuery;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityUseCase;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * Presents the partner cities of the network to visitors, in one of the site's languages: the list
 * holds the current ones, a page any. A city's name and description are given in the language asked
 * for where it has a translation, and in the site's default language elsewhere.
 *
 * <p>One service for the two use cases of visitors reading partner cities:
 * {@link ListPartnerCitiesUseCase} and {@link ReadPartnerCityUseCase}.
 */
public class PartnerCityService implements ListPartnerCitiesUseCase, ReadPartnerCityUseCase {

    private final PartnerCityRepository cities;
    private final PostRepository posts;
    private final TransactionPort transactions;
    private final SiteLanguages languages;

    public PartnerCityService(PartnerCityRepository cities, PostRepository posts, TransactionPort transactions,
                              SiteLanguages languages) {
        this.cities = Objects.requireNonNull(cities);
        this.posts = Objects.requireNonNull(posts);
        this.transactions = Objects.requireNonNull(transactions);
        this.languages = Objects.requireNonNull(languages);
    }

    /** By the name in {@code language}, as the language orders its words; the storage's order breaks ties. */
    @Override
    public List<PartnerCityInLanguage> listPartnerCities(Language language) {
        languages.require(Objects.requireNonNull(language, "language"));
        Collator collator = Collator.getInstance(language.locale());
        return transactions.inTransaction(cities::findCurrent).stream()
                .map(city -> new PartnerCityInLanguage(city, language, city.nameIn(language),
                        city.descriptionIn(language), translatedInto(city)))
                .sorted(Comparator.comparing(PartnerCityInLanguage::name, collator))
                .toList();
    }

    @Override
    public PartnerCityProfile readPartnerCity(ReadPartnerCityQuery query) {
        if (!languages.contains(query.language())) {
            throw new PartnerCityNotFoundException(query.slug());
        }
        Language language = query.language();
        return transactions.inTransaction(() -> {
            PartnerCity city = cities.findBySlug(query.slug())
                    .orElseThrow(() -> new PartnerCityNotFoundException(query.slug()));
            return new PartnerCityProfile(city, language, city.nameIn(language), city.descriptionIn(language),
                    translatedInto(city), posts.findPublishedByPartnerCity(language, city.id(), query.postsPage()));
        });
    }

    private List<Language> translatedInto(PartnerCity city) {
        return city.translations().keySet().stream()
                .filter(language -> languages.contains(language) && !languages.isDefault(language))
                .toList();
    }
}
