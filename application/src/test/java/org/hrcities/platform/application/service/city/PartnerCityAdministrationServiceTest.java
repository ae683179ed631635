package org.hrcities.platform.application.service.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcities.platform.application.port.in.city.CreatePartnerCityCommand;
import org.hrcities.platform.application.port.in.city.EditPartnerCityCommand;
import org.hrcities.platform.application.port.in.city.PartnerCityInput;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
import org.hrcities.platform.application.port.in.city.ReinstatePartnerCityCommand;
import org.hrcities.platform.application.port.in.city.RetirePartnerCityCommand;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.city.CityTranslation;
import org.hrcities.platform.domain.city.CountryCode;
import org.hrcities.platform.domain.city.GeoPoint;
import org.hrcities.platform.domain.city.MembershipKind;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.city.PartnerCityStateException;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PartnerCityAdministrationServiceTest {

    @Mock
    private PartnerCityRepository cities;
    private final RecordingTransactions transactions = new RecordingTransactions();

    private PartnerCityAdministrationService service() {
        return new PartnerCityAdministrationService(cities, transactions, SiteLanguages.parse("en,fr,de"));
    }

    private static PartnerCityInput lund() {
        return new PartnerCityInput(new Slug("lund"), "Lund", new CountryCode("SE"), MembershipKind.GUEST, Year.of(2019),
                null, new GeoPoint(55.7047, 13.1910), "A university city.");
    }

    private static PartnerCity stored(PartnerCityInput in, boolean retired, long version) {
        return PartnerCity.reconstitute(PartnerCityId.generate(), in.slug(), in.name(), in.country(), in.membership(),
                in.memberSince(), in.website(), in.location(), in.description(), retired, Map.of(), version);
    }

    @Test
    void adds_a_current_city_in_one_transaction() {
        AtomicReference<PartnerCity> saved = new AtomicReference<>();
        doAnswer(call -> {
            saved.set(call.getArgument(0));
            return null;
        }).when(cities).save(any());
        when(cities.findById(any())).thenAnswer(call -> Optional.ofNullable(saved.get()));

        PartnerCity city = service().createPartnerCity(new CreatePartnerCityCommand(lund()));

        assertEquals("Lund", city.name());
        assertFalse(city.isRetired());
        assertEquals(1, transactions.started());
    }

    @Test
    void retires_and_reinstates_the_city_as_read() {
        PartnerCity city = stored(lund(), false, 3);
        when(cities.findById(city.id())).thenReturn(Optional.of(city));

        assertTrue(service().retirePartnerCity(new RetirePartnerCityCommand(city.id(), 3)).isRetired());
        verify(cities).save(city);
        assertThrows(PartnerCityStateException.class,
                () -> service().retirePartnerCity(new RetirePartnerCityCommand(city.id(), 3)), "retired already");
        assertFalse(service().reinstatePartnerCity(new ReinstatePartnerCityCommand(city.id(), 3)).isRetired());
    }

    @Test
    void refuses_a_change_to_a_stale_copy() {
        PartnerCity city = stored(lund(), false, 4);
        when(cities.findById(city.id())).thenReturn(Optional.of(city));
        assertThrows(ConcurrentUpdateException.class,
                () -> service().editPartnerCity(new EditPartnerCityCommand(city.id(), 3, lund())));
        assertThrows(ConcurrentUpdateException.class,
                () -> service().retirePartnerCity(new RetirePartnerCityCommand(city.id(), 3)));
        verify(cities, never()).save(any());
    }

    @Test
    void edits_what_the_network_says_about_a_city() {
        PartnerCity city = stored(lund(), false, 1);
        when(cities.findById(city.id())).thenReturn(Optional.of(city));
        PartnerCityInput changed = new PartnerCityInput(new Slug("lund-sweden"), "Lund", new CountryCode("SE"),
                MembershipKind.ASSOCIATE_MEMBER, Year.of(2020), null, new GeoPoint(55.7, 13.19), "");

        PartnerCity edited = service().editPartnerCity(new EditPartnerCityCommand(city.id(), 1, changed));

        assertEquals(new Slug("lund-sweden"), edited.slug());
        assertEquals(MembershipKind.ASSOCIATE_MEMBER, edited.membership());
    }

    @Test
    void an_unknown_city_is_unknown() {
        PartnerCityId id = PartnerCityId.generate();
        when(cities.findById(id)).thenReturn(Optional.empty());
        assertThrows(PartnerCityNotFoundException.class,
                () -> service().retirePartnerCity(new RetirePartnerCityCommand(id, 1)));
    }

    private static final Language DE = new Language("de");
    private static final Language FR = new Language("fr");

    private static PartnerCityInput lundIn(Map<Language, CityTranslation> translations) {
        PartnerCityInput in = lund();
        return new PartnerCityInput(in.slug(), in.name(), in.country(), in.membership(), in.memberSince(), in.website(),
                in.location(), in.description(), translations);
    }

    @Test
    void adds_a_city_with_its_translations() {
        AtomicReference<PartnerCity> saved = new AtomicReference<>();
        doAnswer(call -> {
            saved.set(call.getArgument(0));
            return null;
        }).when(cities).save(any());
        when(cities.findById(any())).thenAnswer(call -> Optional.ofNullable(saved.get()));

        PartnerCity city = service().createPartnerCity(new CreatePartnerCityCommand(
                lundIn(Map.of(DE, new CityTranslation("", "Eine Universitätsstadt.")))));

        assertEquals(Map.of(DE, new CityTranslation("", "Eine Universitätsstadt.")), city.translations());
    }

    @Test
    void an_edit_replaces_the_translations_it_names_and_keeps_them_when_it_names_none() {
        PartnerCity city = stored(lund(), false, 1);
        city.translate(DE, new CityTranslation("Lund", "Alt."));
        city.translate(FR, new CityTranslation("Lund", "Ancien."));
        when(cities.findById(city.id())).thenReturn(Optional.of(city));

        PartnerCity kept = service().editPartnerCity(new EditPartnerCityCommand(city.id(), 1, lund()));
        assertEquals(2, kept.translations().size());
        PartnerCity replaced = service().editPartnerCity(new EditPartnerCityCommand(city.id(), 1,
                lundIn(Map.of(DE, new CityTranslation("Lund", "Neu.")))));
        assertEquals(Map.of(DE, new CityTranslation("Lund", "Neu.")), replaced.translations());
    }

    @Test
    void refuses_translations_into_the_default_language_or_one_the_site_is_not_written_in() {
        for (Language language : java.util.List.of(new Language("en"), new Language("it"))) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> service().createPartnerCity(
                    new CreatePartnerCityCommand(lundIn(Map.of(language, new CityTranslation("Lund", ""))))));
            assertEquals("translations", e.field());
        }
        verify(cities, never()).save(any());
    }
}
