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
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.hrcities.platform.adapter.in.web.api.shared.TranslationLinkResponse;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.input.Languages;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.render.JsonConfiguration;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesUseCase;
import org.hrcities.platform.application.port.in.city.PartnerCityProfile;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityQuery;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityUseCase;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * The partner cities of the network, in one of the site's languages ({@code ?lang=fr}; the default
 * language without it): their names and descriptions in it, and where their pages are in the others.
 */
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
    private LanguageRoutes routes;

    protected PartnerCitiesResource() {
        // for the container's proxy
    }

    @Inject
    public PartnerCitiesResource(ListPartnerCitiesUseCase listCities, ReadPartnerCityUseCase readCity,
                                 SiteLanguages languages) {
        this.listCities = listCities;
        this.readCity = readCity;
        this.routes = new LanguageRoutes(languages);
    }

    /**
     * Every current partner city, by its name in the language. Both representations vary with Accept, so
     * caches keep them apart.
     */
    @GET
    public Response list(@QueryParam("lang") String lang, @Context UriInfo uri) {
        return Representations.json(cities(lang, uri), Freshness.HOUR).header("Vary", "Accept").build();
    }

    /** Every partner city as a GeoJSON FeatureCollection, for maps. */
    @GET
    @Produces(GEO_JSON)
    public Response listAsGeoJson(@QueryParam("lang") String lang, @Context UriInfo uri) {
        byte[] body = JsonConfiguration.toBytes(GeoJsonResponse.from(cities(lang, uri)));
        return Representations.ok(body, GEO_JSON, true, Freshness.HOUR).header("Vary", "Accept").build();
    }

    private List<PartnerCityResponse> cities(String lang, UriInfo uri) {
        Language language = Languages.fromQuery(lang, routes.languages());
        return listCities.listPartnerCities(language).stream().map(city -> response(city.city(), city.language(),
                city.name(), city.description(), city.translatedInto(), uri)).toList();
    }

    /** One city in the language with a page of its posts ({@code page}, {@code per_page}). */
    @GET
    @Path("{slug}")
    public Response read(@PathParam("slug") String slug, @QueryParam("page") String page,
                         @QueryParam("per_page") String perPage, @QueryParam("lang") String lang,
                         @Context HttpHeaders headers, @Context Request request, @Context UriInfo uri) {
        ReadPartnerCityQuery query = new ReadPartnerCityQuery(Slugs.fromPath(slug, "partner city"),
                Languages.fromQuery(lang, routes.languages()), Paging.request(page, perPage, Paging.DEFAULT_PER_PAGE));
        PartnerCityProfile found = readCity.readPartnerCity(query);
        PartnerCityResponse city = response(found.city(), found.language(), found.name(), found.description(),
                found.translatedInto(), uri);
        return Representations.json(PartnerCityProfileResponse.from(city, found), Freshness.MINUTE).build();
    }

    /**
     * The city in {@code language}, with its pages in the other languages it is written in: the default
     * language's always, and those it has a translation into.
     */
    private PartnerCityResponse response(PartnerCity city, Language language, String name, String description,
                                         List<Language> translatedInto, UriInfo uri) {
        String slug = city.slug().value();
        List<TranslationLinkResponse> translations = new ArrayList<>();
        for (Language other : routes.languages().all()) {
            boolean written = routes.languages().isDefault(other) || translatedInto.contains(other);
            if (written && !other.equals(language)) {
                translations.add(TranslationLinkResponse.of(routes, uri, other, slug, "/cities/" + slug));
            }
        }
        String url = "/api/cities/" + slug + (routes.languages().isDefault(language) ? "" : "?lang=" + language.code());
        return PartnerCityResponse.from(city, language.code(), name, description, url, translations);
    }
}
