package org.hrcities.platform.application.service.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.application.port.in.city.PartnerCityInLanguage;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
import org.hrcities.platform.application.port.in.city.PartnerCityProfile;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityQuery;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.city.CityTranslation;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PartnerCityServiceTest {

    private static final SiteLanguages LANGUAGES = SiteLanguages.parse("en,fr,de");
    private static final Language EN = new Language("en");
    private static final Language DE = new Language("de");
    private static final Language FR = new Language("fr");

    @Mock
    private PartnerCityRepository cities;
    @Mock
    private PostRepository posts;

    @Test
    void reads_a_city_with_a_page_of_its_posts() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Post post = PostFixtures.aPublishedPost();
        PageRequest page = PageRequest.first(5);
        when(cities.findBySlug(graz.slug())).thenReturn(Optional.of(graz));
        when(posts.findPublishedByPartnerCity(PostFixtures.ENGLISH, graz.id(), page)).thenReturn(new Page<>(List.of(post), page, 1));

        PartnerCityProfile profile = service().readPartnerCity(new ReadPartnerCityQuery(graz.slug(), EN, page));

        assertEquals(graz, profile.city());
        assertEquals(List.of(post), profile.posts().items());
    }

    @Test
    void an_unknown_city_is_not_found() {
        Slug atlantis = new Slug("atlantis");
        when(cities.findBySlug(atlantis)).thenReturn(Optional.empty());
        assertThrows(PartnerCityNotFoundException.class,
                () -> service().readPartnerCity(new ReadPartnerCityQuery(atlantis, EN, PageRequest.first(5))));
    }

    @Test
    void lists_the_current_cities_for_visitors_and_still_shows_a_retired_citys_page() {
        PartnerCity graz = PartnerCityFixtures.graz();
        PartnerCity york = PartnerCityFixtures.york();
        york.retire();
        PageRequest page = PageRequest.first(5);
        when(cities.findCurrent()).thenReturn(List.of(graz));
        when(cities.findBySlug(york.slug())).thenReturn(Optional.of(york));
        when(posts.findPublishedByPartnerCity(PostFixtures.ENGLISH, york.id(), page)).thenReturn(Page.empty(page));

        assertEquals(List.of(graz), service().listPartnerCities(EN).stream().map(PartnerCityInLanguage::city).toList());
        assertTrue(service().readPartnerCity(new ReadPartnerCityQuery(york.slug(), EN, page)).city().isRetired());
    }

    private PartnerCityService service() {
        return new PartnerCityService(cities, posts, new RecordingTransactions(), LANGUAGES);
    }

    @Test
    void reads_a_city_in_a_language_with_the_default_where_it_has_no_translation() {
        PartnerCity vienna = PartnerCityFixtures.aCity("vienna", "Vienna", "AT", 48.2, 16.37);
        vienna.translate(DE, new CityTranslation("Wien", "Wien ist dabei."));
        vienna.translate(new Language("it"), new CityTranslation("Vienna", "Vienna partecipa."));
        PageRequest page = PageRequest.first(5);
        when(cities.findBySlug(vienna.slug())).thenReturn(Optional.of(vienna));
        when(posts.findPublishedByPartnerCity(DE, vienna.id(), page)).thenReturn(Page.empty(page));
        when(posts.findPublishedByPartnerCity(FR, vienna.id(), page)).thenReturn(Page.empty(page));

        PartnerCityProfile german = service().readPartnerCity(new ReadPartnerCityQuery(vienna.slug(), DE, page));
        assertEquals("Wien", german.name());
        assertEquals("Wien ist dabei.", german.description());
        assertEquals(List.of(DE), german.translatedInto(), "Italian is none of the site's languages");
        PartnerCityProfile french = service().readPartnerCity(new ReadPartnerCityQuery(vienna.slug(), FR, page));
        assertEquals("Vienna", french.name());
        assertEquals(vienna.description(), french.description());
        assertEquals(FR, french.language());
    }

    @Test
    void lists_cities_by_their_name_in_the_language() {
        PartnerCity vienna = PartnerCityFixtures.aCity("vienna", "Vienna", "AT", 48.2, 16.37);
        vienna.translate(DE, new CityTranslation("Wien", ""));
        PartnerCity york = PartnerCityFixtures.york();
        when(cities.findCurrent()).thenReturn(List.of(vienna, york));

        assertEquals(List.of("Vienna", "York"), service().listPartnerCities(EN).stream().map(PartnerCityInLanguage::name).toList());
        List<PartnerCityInLanguage> german = service().listPartnerCities(DE);
        assertEquals(List.of("Wien", "York"), german.stream().map(PartnerCityInLanguage::name).toList());
        assertEquals(List.of(DE), german.get(0).translatedInto());
        assertEquals(vienna.description(), german.get(0).description());
        assertEquals("language", assertThrows(InvalidValueException.class,
                () -> service().listPartnerCities(new Language("it"))).field());
    }
}
