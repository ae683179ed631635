package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The partner cities through the API of the running site. */
@ExtendWith(DemoSite.class)
class CitiesApiIT {

    @Test
    void lists_the_seven_partner_cities_by_name(Site site) {
        HttpResponse<String> response = site.get("/api/cities");
        assertEquals(200, response.statusCode());
        JsonArray cities = Site.json(response).asJsonArray();
        assertEquals(List.of("Graz", "Lund", "Middelburg", "Nuremberg", "Utrecht", "Vienna", "York"),
                cities.stream().map(city -> city.asJsonObject().getString("name")).toList());
        JsonObject york = cities.getJsonObject(6);
        assertEquals("GB", york.getString("country"));
        assertEquals("United Kingdom", york.getString("countryName"));
        assertEquals(-1.0873, york.getJsonNumber("longitude").doubleValue(), 1e-9);
    }

    @Test
    void reads_a_city_with_its_posts(Site site) {
        JsonObject vienna = Site.json(site.get("/api/cities/vienna")).asJsonObject();
        assertEquals("Vienna", vienna.getJsonObject("city").getString("name"));
        assertEquals(List.of("housing-as-a-human-right-utrecht-and-vienna", "cities-meet-the-un-special-rapporteur-on-poverty"),
                vienna.getJsonArray("posts").stream().map(post -> post.asJsonObject().getString("slug")).toList());
        assertEquals(2, vienna.getInt("totalPosts"));
    }

    @Test
    void an_unknown_city_is_not_found(Site site) {
        assertEquals(404, site.get("/api/cities/atlantis").statusCode());
    }
}
