package org.hrcities.platform.adapter.in.web.admin.city;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Ids;
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
import org.hrcities.platform.domain.city.PartnerCityStateException;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * Administrators' pages for the partner cities: the list, the form, retiring and reinstating. The form
 * holds the city's name and description in each of the site's other languages, saved with the city
 * (all of them at once: an empty one falls back to the default language's).
 */
@ApplicationScoped
@Path("admin/cities")
@Requires(Permission.MANAGE_PARTNER_CITIES)
public class CityAdminPagesResource {

    static final String STALE = "Someone else changed this city while you were working on it, so your change was not "
            + "saved. What you typed is still below: open the city in a new tab to see the current version.";

    private ListPartnerCitiesForAdministrationUseCase listCities;
    private ReadPartnerCityForAdministrationUseCase readCity;
    private CreatePartnerCityUseCase createCity;
    private EditPartnerCityUseCase editCity;
    private RetirePartnerCityUseCase retireCity;
    private ReinstatePartnerCityUseCase reinstateCity;
    private SiteLanguages languages;

    protected CityAdminPagesResource() {
        // for the container's proxy
    }

    @Inject
    public CityAdminPagesResource(ListPartnerCitiesForAdministrationUseCase listCities,
                                  ReadPartnerCityForAdministrationUseCase readCity, CreatePartnerCityUseCase createCity,
                                  EditPartnerCityUseCase editCity, RetirePartnerCityUseCase retireCity,
                                  ReinstatePartnerCityUseCase reinstateCity, SiteLanguages languages) {
        this.languages = languages;
        this.listCities = listCities;
        this.readCity = readCity;
        this.createCity = createCity;
        this.editCity = editCity;
        this.retireCity = retireCity;
        this.reinstateCity = reinstateCity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("notice") String notice, @BeanParam AdminRequest admin) {
        String shown = switch (notice == null ? "" : notice) {
            case "created" -> "The city was added.";
            case "saved" -> "The city was saved.";
            case "retired" -> "The city was retired: it is off the public list and map, and keeps its page.";
            case "reinstated" -> "The city was reinstated: it is listed again.";
            default -> null;
        };
        return listPage(200, admin.nav("cities"), shown, null, admin);
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response blank(@BeanParam AdminRequest admin) {
        CityForm form = new CityForm(admin.nav("cities"), null, 0, false, "", "", "", MembershipKind.GUEST.name(),
                String.valueOf(Year.now().getValue()), "", "", "", "", Map.of(), null, null,
                languages.defaultLanguage().code(), translations(Map.of()));
        return admin.page(200, "admin/city.jte", form);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("id") String id, @BeanParam AdminRequest admin) {
        PartnerCity city = readCity.readPartnerCityForAdministration(Ids.cityFromPath(id));
        return admin.page(200, "admin/city.jte", stored(admin.nav("cities"), city));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        return save(null, form, admin);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response change(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @BeanParam AdminRequest admin) {
        PartnerCity city = readCity.readPartnerCityForAdministration(Ids.cityFromPath(id));
        return save(city, form, admin);
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response retire(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @BeanParam AdminRequest admin) {
        return changeStanding(id, true, form, admin);
    }

    @POST
    @Path("{id}/reinstate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reinstate(@PathParam("id") String id, MultivaluedMap<String, String> form,
                              @BeanParam AdminRequest admin) {
        return changeStanding(id, false, form, admin);
    }

    private Response changeStanding(String id, boolean retire, MultivaluedMap<String, String> form, AdminRequest admin) {
        PartnerCityId cityId = readCity.readPartnerCityForAdministration(Ids.cityFromPath(id)).id();
        AdminNav nav = admin.nav("cities");
        if (!admin.acceptsForm(form)) {
            return listPage(403, nav, null, AdminPages.EXPIRED_FORM, admin);
        }
        long version = AdminPages.version(form);
        try {
            if (retire) {
                retireCity.retirePartnerCity(new RetirePartnerCityCommand(cityId, version));
            } else {
                reinstateCity.reinstatePartnerCity(new ReinstatePartnerCityCommand(cityId, version));
            }
        } catch (ConcurrentUpdateException | InvalidValueException | PartnerCityStateException e) {
            return listPage(409, nav, null, "Someone else changed this city in the meantime, so nothing was changed. "
                    + "The list below shows the cities as they are now.", admin);
        }
        return AdminPages.seeOther("/admin/cities", retire ? "retired" : "reinstated");
    }

    private Response save(PartnerCity city, MultivaluedMap<String, String> form, AdminRequest admin) {
        CityForm typed = new CityForm(admin.nav("cities"), city == null ? null : city.id().toString(),
                AdminPages.version(form), city != null && city.isRetired(), AdminPages.value(form, "name"),
                AdminPages.value(form, "slug"), AdminPages.value(form, "country"), AdminPages.value(form, "membership"), AdminPages.value(form, "memberSince"),
                AdminPages.value(form, "website"), AdminPages.value(form, "latitude"), AdminPages.value(form, "longitude"), AdminPages.value(form, "description"),
                Map.of(), null, null, languages.defaultLanguage().code(), typedTranslations(form));
        if (!admin.acceptsForm(form)) {
            return refused(403, typed, null, AdminPages.EXPIRED_FORM, admin);
        }
        FieldErrors errors = new FieldErrors();
        Slug slug = errors.capture("slug", () -> new Slug(typed.slug().strip()));
        CountryCode country = errors.capture("country", () -> CountryCode.parse(typed.country()));
        MembershipKind membership = errors.capture("membership", () -> membership(typed.membership()));
        Year since = errors.capture("memberSince", () -> year(typed.memberSince()));
        WebsiteUrl website = typed.website().isBlank() ? null : errors.capture("website", () -> WebsiteUrl.parse(typed.website()));
        Double latitude = errors.capture("latitude", () -> number("latitude", typed.latitude()));
        Double longitude = errors.capture("longitude", () -> number("longitude", typed.longitude()));
        GeoPoint location = latitude == null || longitude == null ? null : errors.capture("latitude", () -> {
            try {
                return new GeoPoint(latitude, longitude);
            } catch (InvalidValueException e) {
                errors.add(e.field(), e.getMessage());
                return null;
            }
        });
        Map<Language, CityTranslation> translations = sendsTranslations(form) ? translations(typed, errors) : null;
        PartnerCityInput input = null;
        if (errors.isEmpty()) {
            try {
                input = new PartnerCityInput(slug, typed.name(), country, membership, since, website, location,
                        typed.description(), translations);
            } catch (InvalidValueException e) {
                errors.add(e.field(), e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return refused(400, typed, errors, null, admin);
        }
        try {
            if (city == null) {
                createCity.createPartnerCity(new CreatePartnerCityCommand(input));
                return AdminPages.seeOther("/admin/cities", "created");
            }
            editCity.editPartnerCity(new EditPartnerCityCommand(city.id(), typed.version(), input));
            return AdminPages.seeOther("/admin/cities", "saved");
        } catch (SlugAlreadyTakenException e) {
            errors.add("slug", "Another city already has this slug. Choose another one.");
            return refused(409, typed, errors, null, admin);
        } catch (ConcurrentUpdateException e) {
            return refused(409, typed, null, STALE, admin);
        } catch (InvalidValueException e) {
            if ("translations".equals(e.field())) {
                return refused(400, typed, null, e.getMessage(), admin);
            }
            return "version".equals(e.field()) ? refused(409, typed, null, STALE, admin)
                    : refused(400, typed, errorsWith(errors, e), null, admin);
        }
    }

    /**
     * The translations as typed, each field checked on its own (its error named {@code name-fr} or
     * {@code description-fr}); those left empty are left out, so the city falls back to its own.
     */
    private Map<Language, CityTranslation> translations(CityForm typed, FieldErrors errors) {
        Map<Language, CityTranslation> translations = new LinkedHashMap<>();
        for (CityForm.Translation field : typed.translations()) {
            CityTranslation name = errors.capture(field.nameField(), () -> new CityTranslation(field.name(), ""));
            CityTranslation description = errors.capture(field.descriptionField(),
                    () -> new CityTranslation("", field.description()));
            if (name != null && description != null) {
                CityTranslation translation = new CityTranslation(name.name(), description.description());
                if (!translation.isEmpty()) {
                    translations.put(new Language(field.code()), translation);
                }
            }
        }
        return translations;
    }

    /**
     * Whether the form holds the translation fields; one without them (written before the site had other
     * languages) leaves the city's translations as they are instead of removing them.
     */
    private boolean sendsTranslations(MultivaluedMap<String, String> form) {
        return languages.others().stream().anyMatch(language -> form.containsKey("name-" + language.code())
                || form.containsKey("description-" + language.code()));
    }

    /** The fields of the site's other languages as posted. */
    private List<CityForm.Translation> typedTranslations(MultivaluedMap<String, String> form) {
        List<CityForm.Translation> fields = new ArrayList<>();
        for (Language language : languages.others()) {
            fields.add(new CityForm.Translation(language.code(), language.nativeName(),
                    AdminPages.value(form, "name-" + language.code()),
                    AdminPages.value(form, "description-" + language.code())));
        }
        return fields;
    }

    /** The fields of the site's other languages, filled from {@code stored} (empty where there is none). */
    private List<CityForm.Translation> translations(Map<Language, CityTranslation> stored) {
        List<CityForm.Translation> fields = new ArrayList<>();
        for (Language language : languages.others()) {
            CityTranslation translation = stored.get(language);
            fields.add(new CityForm.Translation(language.code(), language.nativeName(),
                    translation == null ? "" : translation.name(), translation == null ? "" : translation.description()));
        }
        return fields;
    }

    private Response listPage(int status, AdminNav nav, String notice, String error, AdminRequest admin) {
        return admin.page(status, "admin/cities.jte",
                new CitiesAdminPage(nav, listCities.listAllPartnerCities(), notice, error));
    }

    private CityForm stored(AdminNav nav, PartnerCity city) {
        return new CityForm(nav, city.id().toString(), city.version(), city.isRetired(), city.name(), city.slug().value(),
                city.country().value(), city.membership().name(), String.valueOf(city.memberSince().getValue()),
                city.website().map(WebsiteUrl::value).orElse(""), String.valueOf(city.location().latitude()),
                String.valueOf(city.location().longitude()), city.description(), Map.of(), null, null,
                languages.defaultLanguage().code(), translations(city.translations()));
    }

    private static FieldErrors errorsWith(FieldErrors errors, InvalidValueException e) {
        errors.add(e.field(), e.getMessage());
        return errors;
    }

    private static MembershipKind membership(String text) {
        try {
            return MembershipKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("membership", "Choose guest or associate member.");
        }
    }

    private static Year year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            if (year < PartnerCity.EARLIEST_MEMBERSHIP_YEAR || year > PartnerCity.LATEST_MEMBERSHIP_YEAR) {
                throw new NumberFormatException();
            }
            return Year.of(year);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("memberSince", "member since must be a year between "
                    + PartnerCity.EARLIEST_MEMBERSHIP_YEAR + " and " + PartnerCity.LATEST_MEMBERSHIP_YEAR);
        }
    }

    private static Double number(String field, String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field + " must be a number of degrees, such as 48.2082");
        }
    }

    private static Response refused(int status, CityForm typed, FieldErrors errors, String formError, AdminRequest admin) {
        return admin.page(status, "admin/city.jte", typed.with(errors == null ? Map.of() : errors.messages(), formError));
    }
}
