package org.hrcities.platform.adapter.in.web.api.city;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.render.JsonConfiguration;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesUseCase;
import org.hrcities.platform.application.port.in.city.PartnerCityInLanguage;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityQuery;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityUseCase;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/** The partner cities of the network. */
@Path("api/cities")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PartnerCitiesResource {

    /**
     * The site's languages; the pages and answers are in its default language. Built without the container,
     * a site in English alone.
     */
    private SiteLanguages languages = SiteLanguages.only(new Language("en"));

    static final String GEO_JSON = "application/geo+json";

    private ListPartnerCitiesUseCase listCities;
    private ReadPartnerCityUseCase readCity;

    protected PartnerCitiesResource() {
        // for the container's proxy
    }

    @Inject
    public PartnerCitiesResource(ListPartnerCitiesUseCase listCities, ReadPartnerCityUseCase readCity,
                                 SiteLanguages languages) {
        this.listCities = listCities;
        this.readCity = readCity;
        this.languages = languages;
    }

    /** Every partner city, by name. Both representations vary with Accept, so caches keep them apart. */
    @GET
    public Response list() {
        return Representations.json(cities(), Freshness.HOUR).header("Vary", "Accept").build();
    }

    /** Every partner city as a GeoJSON FeatureCollection, for maps. */
    @GET
    @Produces(GEO_JSON)
    public Response listAsGeoJson() {
        byte[] body = JsonConfiguration.toBytes(GeoJsonResponse.from(cities()));
        return Representations.ok(body, GEO_JSON, true, Freshness.HOUR).header("Vary", "Accept").build();
    }

    private List<PartnerCityResponse> cities() {
        return listCities.listPartnerCities(languages.defaultLanguage()).stream().map(PartnerCityInLanguage::city)
                .map(PartnerCityResponse::from).toList();
    }

    /** One city with a page of its posts ({@code page}, {@code per_page}). */
    @GET
    @Path("{slug}")
    public Response read(@PathParam("slug") String slug, @QueryParam("page") String page,
                         @QueryParam("per_page") String perPage, @Context HttpHeaders headers, @Context Request request) {
        ReadPartnerCityQuery query = new ReadPartnerCityQuery(Slugs.fromPath(slug, "partner city"),
                languages.defaultLanguage(), Paging.request(page, perPage, Paging.DEFAULT_PER_PAGE));
        PartnerCityProfileResponse profile = PartnerCityProfileResponse.from(readCity.readPartnerCity(query));
        return Representations.json(profile, Freshness.MINUTE).build();
    }
}
