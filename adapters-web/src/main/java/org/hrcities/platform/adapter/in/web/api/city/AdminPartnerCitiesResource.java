package org.hrcities.platform.adapter.in.web.api.city;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.Preconditions;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.city.CreatePartnerCityCommand;
import org.hrcities.platform.application.port.in.city.CreatePartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.EditPartnerCityCommand;
import org.hrcities.platform.application.port.in.city.EditPartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.city.PartnerCityInput;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityForAdministrationUseCase;
import org.hrcities.platform.application.port.in.city.ReinstatePartnerCityCommand;
import org.hrcities.platform.application.port.in.city.ReinstatePartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.RetirePartnerCityCommand;
import org.hrcities.platform.application.port.in.city.RetirePartnerCityUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.city.CityTranslation;
import org.hrcities.platform.domain.city.CountryCode;
import org.hrcities.platform.domain.city.GeoPoint;
import org.hrcities.platform.domain.city.MembershipKind;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/** The admin API's partner cities, for administrators: every city, current or retired. */
@ApplicationScoped
@Path("api/admin/cities")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.MANAGE_PARTNER_CITIES)
public class AdminPartnerCitiesResource {

    private ListPartnerCitiesForAdministrationUseCase listCities;
    private ReadPartnerCityForAdministrationUseCase readCity;
    private CreatePartnerCityUseCase createCity;
    private EditPartnerCityUseCase editCity;
    private RetirePartnerCityUseCase retireCity;
    private ReinstatePartnerCityUseCase reinstateCity;

    protected AdminPartnerCitiesResource() {
        // for the container's proxy
    }

    @Inject
    public AdminPartnerCitiesResource(ListPartnerCitiesForAdministrationUseCase listCities,
                                      ReadPartnerCityForAdministrationUseCase readCity, CreatePartnerCityUseCase createCity,
                                      EditPartnerCityUseCase editCity, RetirePartnerCityUseCase retireCity,
                                      ReinstatePartnerCityUseCase reinstateCity) {
        this.listCities = listCities;
        this.readCity = readCity;
        this.createCity = createCity;
        this.editCity = editCity;
        this.retireCity = retireCity;
        this.reinstateCity = reinstateCity;
    }

    /** Every city, retired ones included, by name. */
    @GET
    public Response list() {
        List<AdminPartnerCityResponse> body = listCities.listAllPartnerCities().stream()
                .map(AdminPartnerCityResponse::from).toList();
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id) {
        return one(Response.ok(), readCity.readPartnerCityForAdministration(Ids.cityFromPath(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(WritePartnerCityRequest body) {
        PartnerCity created = createCity.createPartnerCity(new CreatePartnerCityCommand(input(body)));
        return one(Response.created(UriBuilder.fromPath("/api/admin/cities/{id}").build(created.id().toString())), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, WritePartnerCityRequest body) {
        PartnerCityId cityId = existing(id);
        long expected = Preconditions.expectedVersion(ifMatch);
        PartnerCityInput input = input(body);
        return one(Response.ok(), Preconditions.unlessStale(() -> editCity.editPartnerCity(new EditPartnerCityCommand(cityId, expected, input))));
    }

    /** The city leaves the network: off the public list and map, keeping its page. */
    @POST
    @Path("{id}/retire")
    public Response retire(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        PartnerCityId cityId = existing(id);
        long expected = Preconditions.expectedVersion(ifMatch);
        return one(Response.ok(), Preconditions.unlessStale(() -> retireCity.retirePartnerCity(new RetirePartnerCityCommand(cityId, expected))));
    }

    @POST
    @Path("{id}/reinstate")
    public Response reinstate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        PartnerCityId cityId = existing(id);
        long expected = Preconditions.expectedVersion(ifMatch);
        return one(Response.ok(), Preconditions.unlessStale(() ->
                reinstateCity.reinstatePartnerCity(new ReinstatePartnerCityCommand(cityId, expected))));
    }

    private PartnerCityId existing(String id) {
        PartnerCityId cityId = Ids.cityFromPath(id);
        readCity.readPartnerCityForAdministration(cityId);
        return cityId;
    }

    /** The city the body describes; every refused field at once. */
    static PartnerCityInput input(WritePartnerCityRequest body) {
        if (body == null) {
            throw new InvalidValueException("name", "name is required");
        }
        FieldErrors errors = new FieldErrors();
        Slug slug = errors.capture("slug", () -> new Slug(body.slug() == null ? "" : body.slug().strip()));
        CountryCode country = errors.capture("country", () -> CountryCode.parse(body.country()));
        MembershipKind membership = errors.capture("membership", () -> membership(body.membership()));
        WebsiteUrl website = body.website() == null || body.website().isBlank() ? null
                : errors.capture("website", () -> WebsiteUrl.parse(body.website()));
        GeoPoint location = null;
        if (body.latitude() == null || body.longitude() == null) {
            errors.capture(body.latitude() == null ? "latitude" : "longitude", () -> {
                throw new InvalidValueException("location", (body.latitude() == null ? "latitude" : "longitude")
                        + " is required");
            });
        } else {
            location = errors.capture(() -> new GeoPoint(body.latitude(), body.longitude()));
        }
        if (body.memberSince() == null) {
            errors.capture("memberSince", () -> {
                throw new InvalidValueException("memberSince", "memberSince is required");
            });
        }
        errors.throwIfAny();
        GeoPoint point = location;
        Map<Language, CityTranslation> translations = translations(body.translations(), errors);
        errors.throwIfAny();
        PartnerCityInput input = errors.capture(() -> new PartnerCityInput(slug, body.name(), country, membership,
                Year.of(Math.max(Year.MIN_VALUE, Math.min(Year.MAX_VALUE, body.memberSince()))), website, point,
                body.description(), translations));
        errors.throwIfAny();
        return input;
    }

    /**
     * The translations the body gives, by language; null when it gives none. A key that is no language
     * code, or a bad name or description, is refused under its path ({@code translations.fr.name}); the
     * service refuses a language the site is not written in, or its default.
     */
    static Map<Language, CityTranslation> translations(Map<String, CityTranslationRequest> body, FieldErrors errors) {
        if (body == null) {
            return null;
        }
        Map<Language, CityTranslation> translations = new TreeMap<>();
        body.forEach((code, translation) -> {
            String field = "translations." + code;
            Language language = errors.capture(field, () -> Language.parse(code));
            if (translation == null) {
                errors.add(field, field + " must be an object with a name and a description");
                return;
            }
            CityTranslation text = errors.capture(() -> {
                try {
                    return new CityTranslation(translation.name(), translation.description());
                } catch (InvalidValueException e) {
                    throw new InvalidValueException(field + "." + e.field(), field + "." + e.getMessage());
                }
            });
            if (language != null && text != null) {
                translations.put(language, text);
            }
        });
        return translations;
    }

    static MembershipKind membership(String text) {
        try {
            return MembershipKind.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("membership", "membership must be GUEST or ASSOCIATE_MEMBER");
        }
    }

    private static Response one(Response.ResponseBuilder response, PartnerCity city) {
        return response.entity(AdminPartnerCityResponse.from(city)).tag(Preconditions.tagOf(city.version()))
                .header("Cache-Control", "no-store").build();
    }
}
