package org.hrcities.platform.application.service.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
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
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PartnerCityServiceTest {

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

        PartnerCityProfile profile = service().readPartnerCity(new ReadPartnerCityQuery(PostFixtures.ENGLISH, graz.slug(), page));

        assertEquals(graz, profile.city());
        assertEquals(List.of(post), profile.posts().items());
    }

    @Test
    void an_unknown_city_is_not_found() {
        Slug atlantis = new Slug("atlantis");
        when(cities.findBySlug(atlantis)).thenReturn(Optional.empty());
        assertThrows(PartnerCityNotFoundException.class,
                () -> service().readPartnerCity(new ReadPartnerCityQuery(PostFixtures.ENGLISH, atlantis, PageRequest.first(5))));
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

        assertEquals(List.of(graz), service().listPartnerCities());
        assertTrue(service().readPartnerCity(new ReadPartnerCityQuery(PostFixtures.ENGLISH, york.slug(), page)).city().isRetired());
    }

    private PartnerCityService service() {
        return new PartnerCityService(cities, posts, new RecordingTransactions());
    }
}
