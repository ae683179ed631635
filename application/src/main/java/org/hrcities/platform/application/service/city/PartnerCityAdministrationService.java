package org.hrcities.platform.application.service.city;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.hrcities.platform.application.port.in.city.CreatePartnerCityCommand;
import org.hrcities.platform.application.port.in.city.CreatePartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.EditPartnerCityCommand;
import org.hrcities.platform.application.port.in.city.EditPartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.city.PartnerCityInput;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityForAdministrationUseCase;
import org.hrcities.platform.application.port.in.city.ReinstatePartnerCityCommand;
import org.hrcities.platform.application.port.in.city.ReinstatePartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.RetirePartnerCityCommand;
import org.hrcities.platform.application.port.in.city.RetirePartnerCityUseCase;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.city.CityTranslation;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * What administrators do with the partner cities: add, change, retire and reinstate them. Every
 * change names the version the administrator read; a city changed since is refused with
 * {@link ConcurrentUpdateException}. A city's name and description are in the site's default
 * language; its translations may be in the site's other languages only.
 *
 * <p>One service for the six use cases of administrators on partner cities, which share the
 * loading of a city at the version read: {@link ListPartnerCitiesForAdministrationUseCase},
 * {@link ReadPartnerCityForAdministrationUseCase}, {@link CreatePartnerCityUseCase},
 * {@link EditPartnerCityUseCase}, {@link RetirePartnerCityUseCase} and
 * {@link ReinstatePartnerCityUseCase}.
 */
public class PartnerCityAdministrationService implements ListPartnerCitiesForAdministrationUseCase,
        ReadPartnerCityForAdministrationUseCase, CreatePartnerCityUseCase, EditPartnerCityUseCase,
        RetirePartnerCityUseCase, ReinstatePartnerCityUseCase {

    private final PartnerCityRepository cities;
    private final TransactionPort transactions;
    private final SiteLanguages languages;

    public PartnerCityAdministrationService(PartnerCityRepository cities, TransactionPort transactions,
                                            SiteLanguages languages) {
        this.cities = Objects.requireNonNull(cities);
        this.transactions = Objects.requireNonNull(transactions);
        this.languages = Objects.requireNonNull(languages);
    }

    @Override
    public List<PartnerCity> listAllPartnerCities() {
        return transactions.inTransaction(cities::findAll);
    }

    @Override
    public PartnerCity readPartnerCityForAdministration(PartnerCityId id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public PartnerCity createPartnerCity(CreatePartnerCityCommand command) {
        PartnerCityInput in = command.city();
        checkLanguages(in);
        return transactions.inTransaction(() -> {
            PartnerCity city = PartnerCity.join(PartnerCityId.generate(), in.slug(), in.name(), in.country(),
                    in.membership(), in.memberSince(), in.website(), in.location(), in.description());
            translate(city, in);
            cities.save(city);
            return load(city.id());
        });
    }

    @Override
    public PartnerCity editPartnerCity(EditPartnerCityCommand command) {
        PartnerCityInput in = command.city();
        checkLanguages(in);
        return change(command.id(), command.expectedVersion(), city -> {
            city.describe(in.slug(), in.name(), in.country(), in.membership(), in.memberSince(), in.website(),
                    in.location(), in.description());
            translate(city, in);
        });
    }

    @Override
    public PartnerCity retirePartnerCity(RetirePartnerCityCommand command) {
        return change(command.id(), command.expectedVersion(), PartnerCity::retire);
    }

    @Override
    public PartnerCity reinstatePartnerCity(ReinstatePartnerCityCommand command) {
        return change(command.id(), command.expectedVersion(), PartnerCity::reinstate);
    }

    /** Refuses translations into a language the site is not written in, or into its default language. */
    private void checkLanguages(PartnerCityInput in) {
        if (in.translations() == null) {
            return;
        }
        for (Language language : in.translations().keySet()) {
            if (!languages.contains(language) || languages.isDefault(language)) {
                throw new InvalidValueException("translations", "a city is translated into the site's languages"
                        + " besides its default, " + languages.defaultLanguage().code() + ": "
                        + String.join(", ", languages.others().stream().map(Language::code).toList())
                        + "; not into " + language.code());
            }
        }
    }

    /** Replaces the city's translations by the input's, when it names them. */
    private static void translate(PartnerCity city, PartnerCityInput in) {
        Map<Language, CityTranslation> wanted = in.translations();
        if (wanted == null) {
            return;
        }
        for (Language language : List.copyOf(city.translations().keySet())) {
            if (!wanted.containsKey(language)) {
                city.removeTranslation(language);
            }
        }
        wanted.forEach(city::translate);
    }

    private PartnerCity change(PartnerCityId id, long expectedVersion, Consumer<PartnerCity> change) {
        return transactions.inTransaction(() -> {
            PartnerCity city = load(id);
            if (city.version() != expectedVersion) {
                throw new ConcurrentUpdateException("partner city", id);
            }
            change.accept(city);
            cities.save(city);
            return load(id);
        });
    }

    private PartnerCity load(PartnerCityId id) {
        return cities.findById(id).orElseThrow(() -> new PartnerCityNotFoundException(id));
    }
}
