package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.domain.city.CityTranslation;
import org.hrcities.platform.domain.city.CountryCode;
import org.hrcities.platform.domain.city.GeoPoint;
import org.hrcities.platform.domain.city.MembershipKind;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.junit.jupiter.api.Test;

/** What every {@link PartnerCityRepository} must do. */
public abstract class PartnerCityRepositoryContract extends StorageContract {

    @Test
    void stores_a_city_and_finds_it_by_id_and_slug_with_every_field() {
        PartnerCity york = PartnerCityFixtures.york();
        inTx(() -> storage.cities().save(york));
        for (PartnerCity found : List.of(inTx(() -> storage.cities().findById(york.id())).orElseThrow(),
                inTx(() -> storage.cities().findBySlug(new Slug("york"))).orElseThrow())) {
            assertEquals(york.id(), found.id());
            assertEquals("York", found.name());
            assertEquals(new CountryCode("GB"), found.country());
            assertEquals(MembershipKind.ASSOCIATE_MEMBER, found.membership());
            assertEquals(Year.of(2020), found.memberSince());
            assertEquals(york.website(), found.website());
            assertEquals(new GeoPoint(53.9600, -1.0873), found.location());
            assertEquals(york.description(), found.description());
            assertTrue(found.version() > 0);
        }
        assertEquals(Optional.empty(), inTx(() -> storage.cities().findBySlug(new Slug("atlantis"))));
    }

    @Test
    void lists_every_city_by_name() {
        inTx(() -> {
            storage.cities().save(PartnerCityFixtures.york());
            storage.cities().save(PartnerCityFixtures.graz());
            storage.cities().save(PartnerCityFixtures.aCity("lund", "Lund", "SE", 55.7047, 13.1910));
        });
        assertEquals(List.of("Graz", "Lund", "York"),
                inTx(() -> storage.cities().findAll()).stream().map(PartnerCity::name).toList());
        assertEquals(3, inTx(() -> storage.cities().count()));
    }

    @Test
    void finds_cities_by_ids_in_the_order_asked_and_skips_unknown_ids() {
        PartnerCity graz = PartnerCityFixtures.graz();
        PartnerCity york = PartnerCityFixtures.york();
        inTx(() -> {
            storage.cities().save(graz);
            storage.cities().save(york);
        });
        assertEquals(List.of(york.id(), graz.id()),
                inTx(() -> storage.cities().findAllById(List.of(york.id(), PartnerCityId.generate(), graz.id())))
                        .stream().map(PartnerCity::id).toList());
        assertEquals(List.of(), inTx(() -> storage.cities().findAllById(List.of())));
    }

    @Test
    void slugs_are_unique_among_cities() {
        inTx(() -> storage.cities().save(PartnerCityFixtures.graz()));
        assertThrows(SlugAlreadyTakenException.class, () -> inTx(() -> storage.cities().save(PartnerCityFixtures.graz())));
        assertEquals(1, inTx(() -> storage.cities().count()));
    }

    @Test
    void stores_changes_and_refuses_a_stale_copy() {
        PartnerCity graz = PartnerCityFixtures.graz();
        inTx(() -> storage.cities().save(graz));
        PartnerCity first = inTx(() -> storage.cities().findById(graz.id())).orElseThrow();
        PartnerCity second = inTx(() -> storage.cities().findById(graz.id())).orElseThrow();
        first.describe(first.slug(), "Graz", first.country(), MembershipKind.GUEST, first.memberSince(),
                null, first.location(), "Changed.");
        inTx(() -> storage.cities().save(first));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.cities().save(second)));

        PartnerCity stored = inTx(() -> storage.cities().findById(graz.id())).orElseThrow();
        assertEquals(MembershipKind.GUEST, stored.membership());
        assertEquals(Optional.empty(), stored.website());
        assertEquals("Changed.", stored.description());
    }

    @Test
    void keeps_retired_cities_out_of_the_current_list_but_stores_them() {
        PartnerCity graz = PartnerCityFixtures.graz();
        PartnerCity york = PartnerCityFixtures.york();
        inTx(() -> {
            storage.cities().save(graz);
            storage.cities().save(york);
        });
        PartnerCity leaving = inTx(() -> storage.cities().findById(york.id())).orElseThrow();
        leaving.retire();
        inTx(() -> storage.cities().save(leaving));

        assertTrue(inTx(() -> storage.cities().findBySlug(new Slug("york"))).orElseThrow().isRetired());
        assertEquals(List.of("Graz"), inTx(() -> storage.cities().findCurrent()).stream().map(PartnerCity::name).toList());
        assertEquals(List.of("Graz", "York"), inTx(() -> storage.cities().findAll()).stream().map(PartnerCity::name).toList());

        PartnerCity rejoining = inTx(() -> storage.cities().findById(york.id())).orElseThrow();
        rejoining.reinstate();
        inTx(() -> storage.cities().save(rejoining));
        assertEquals(List.of("Graz", "York"), inTx(() -> storage.cities().findCurrent()).stream().map(PartnerCity::name).toList());
        assertFalse(inTx(() -> storage.cities().findById(york.id())).orElseThrow().isRetired());
    }

    private static final Language GERMAN = new Language("de");
    private static final Language FRENCH = new Language("fr");

    @Test
    void stores_a_citys_translations_and_finds_them_every_way() {
        PartnerCity graz = PartnerCityFixtures.graz();
        graz.translate(GERMAN, new CityTranslation("Graz", "Graz ist dabei.\n\nSeit 2001."));
        graz.translate(FRENCH, new CityTranslation("", "Graz participe au réseau."));
        inTx(() -> storage.cities().save(graz));
        Map<Language, CityTranslation> expected = Map.of(GERMAN, new CityTranslation("Graz", "Graz ist dabei.\n\nSeit 2001."),
                FRENCH, new CityTranslation("", "Graz participe au réseau."));
        for (PartnerCity found : List.of(inTx(() -> storage.cities().findById(graz.id())).orElseThrow(),
                inTx(() -> storage.cities().findBySlug(graz.slug())).orElseThrow(),
                inTx(() -> storage.cities().findAll()).get(0),
                inTx(() -> storage.cities().findCurrent()).get(0),
                inTx(() -> storage.cities().findAllById(List.of(graz.id()))).get(0))) {
            assertEquals(expected, found.translations());
            assertEquals(List.of(GERMAN, FRENCH), List.copyOf(found.translations().keySet()), "by language code");
        }
    }

    @Test
    void replaces_and_removes_translations() {
        PartnerCity graz = PartnerCityFixtures.graz();
        graz.translate(GERMAN, new CityTranslation("Graz", "Alt."));
        graz.translate(FRENCH, new CityTranslation("Graz", "Ancien."));
        inTx(() -> storage.cities().save(graz));

        PartnerCity changing = inTx(() -> storage.cities().findById(graz.id())).orElseThrow();
        changing.translate(GERMAN, new CityTranslation("Graz (Steiermark)", "Neu."));
        changing.removeTranslation(FRENCH);
        changing.translate(new Language("it"), new CityTranslation("Graz", "Nuovo."));
        inTx(() -> storage.cities().save(changing));
        assertEquals(Map.of(GERMAN, new CityTranslation("Graz (Steiermark)", "Neu."),
                        new Language("it"), new CityTranslation("Graz", "Nuovo.")),
                inTx(() -> storage.cities().findById(graz.id())).orElseThrow().translations());

        PartnerCity clearing = inTx(() -> storage.cities().findById(graz.id())).orElseThrow();
        clearing.removeTranslation(GERMAN);
        clearing.removeTranslation(new Language("it"));
        inTx(() -> storage.cities().save(clearing));
        assertEquals(Map.of(), inTx(() -> storage.cities().findById(graz.id())).orElseThrow().translations());
    }

    @Test
    void a_change_of_translations_alone_moves_the_version_and_refuses_a_stale_copy() {
        PartnerCity graz = PartnerCityFixtures.graz();
        inTx(() -> storage.cities().save(graz));
        PartnerCity first = inTx(() -> storage.cities().findById(graz.id())).orElseThrow();
        PartnerCity second = inTx(() -> storage.cities().findById(graz.id())).orElseThrow();
        first.translate(GERMAN, new CityTranslation("Graz", "Zuerst."));
        inTx(() -> storage.cities().save(first));
        PartnerCity stored = inTx(() -> storage.cities().findById(graz.id())).orElseThrow();
        assertTrue(stored.version() > first.version(), "the translation moved the version");

        second.translate(GERMAN, new CityTranslation("Graz", "Danach."));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.cities().save(second)));
        assertEquals(Map.of(GERMAN, new CityTranslation("Graz", "Zuerst.")),
                inTx(() -> storage.cities().findById(graz.id())).orElseThrow().translations());
    }
}
