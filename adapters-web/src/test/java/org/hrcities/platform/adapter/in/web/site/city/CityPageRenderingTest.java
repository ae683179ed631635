package org.hrcities.platform.adapter.in.web.site.city;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.junit.jupiter.api.Test;

/** A city's page says when the city has left the network; its posts stay listed on it. */
class CityPageRenderingTest {

    private static String render(PartnerCity city) {
        CityPage page = new CityPage(CityRow.of(city), List.of(), 0, new Pager(1, 0, null, null));
        URI canonical = URI.create("https://news.example.org" + page.city().href());
        return new String(Templates.render("city.jte", page, canonical), StandardCharsets.UTF_8);
    }

    @Test
    void a_retired_city_is_called_a_former_partner_city() {
        PartnerCity york = PartnerCityFixtures.york();
        york.retire();
        String html = render(york);
        assertTrue(html.contains("York is a former partner city of the network."), html);
        assertTrue(html.contains("York, a former partner city of the Human Rights Cities Network."));
    }

    @Test
    void a_current_city_is_a_partner_city() {
        String html = render(PartnerCityFixtures.york());
        assertFalse(html.contains("former partner city"));
        assertTrue(html.contains("York, a partner city of the Human Rights Cities Network."));
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://news.example.org/cities/york\">"), html);
    }
}
