package org.hrcities.platform.adapter.in.web.site.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesUseCase;
import org.hrcities.platform.application.port.in.city.PartnerCityProfile;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityQuery;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityUseCase;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** A partner city's Atom feed of its latest posts, and the links its page gives to it. */
@ExtendWith(MockitoExtension.class)
class CityFeedTest {

    @Mock
    private ListPartnerCitiesUseCase listCities;
    @Mock
    private ReadPartnerCityUseCase readCity;

    @Test
    void the_feed_of_a_city_holds_its_latest_twenty_posts_with_absolute_addresses() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Post post = PostFixtures.aPublishedPost("graz-at-twenty", Instant.parse("2021-06-01T09:00:00Z"), List.of(graz.id()));
        PageRequest latest = PageRequest.first(20);
        when(readCity.readPartnerCity(new ReadPartnerCityQuery(PostFixtures.ENGLISH, graz.slug(), latest)))
                .thenReturn(new PartnerCityProfile(graz, new Page<>(List.of(post), latest, 1)));
        UriInfo request = mock(UriInfo.class);
        when(request.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));

        Representation feed = (Representation) new CityPagesResource(listCities, readCity, new VisitorTemplates(List::of)).feed("graz", request).getEntity();

        String atom = new String(feed.body(), StandardCharsets.UTF_8);
        assertTrue(atom.contains("<title>Human Rights Cities Network: Graz</title>"), atom);
        assertTrue(atom.contains("<id>https://news.example.org/cities/graz</id>"), atom);
        assertTrue(atom.contains("href=\"https://news.example.org/cities/graz/feed.xml\""), atom);
        assertTrue(atom.contains("href=\"https://news.example.org/posts/graz-at-twenty\""), atom);
        assertEquals(1, atom.split("<entry>", -1).length - 1);
    }

    @Test
    void the_city_page_links_to_its_feed_in_the_head_and_on_the_page() {
        CityPage page = new CityPage(CityRow.of(PartnerCityFixtures.graz()), List.of(), 0, new Pager(1, 0, null, null));

        String html = new String(Templates.render("city.jte", page, URI.create("https://news.example.org/cities/graz")),
                StandardCharsets.UTF_8);

        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Posts about Graz\" "
                + "href=\"/cities/graz/feed.xml\">"), html);
        assertTrue(html.contains("<a href=\"/cities/graz/feed.xml\">"), html);
    }
}
