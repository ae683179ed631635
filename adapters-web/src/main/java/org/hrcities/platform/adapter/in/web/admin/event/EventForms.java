package org.hrcities.platform.adapter.in.web.admin.event;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.input.EventTimes;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * Fills the event form: blank for a new event, from a stored event, or as an editor typed it, always
 * with the partner cities to hold or organise it (the current ones, and retired ones it names), the
 * most recently changed posts to link to it (and those it names), and the time zones to choose from.
 */
final class EventForms {

    /** How many of the most recently changed posts the form offers (the chosen ones are always among them). */
    static final int POST_CHOICES = 50;

    /** IANA zone names of regions and cities ("Europe/Brussels"), sorted; the aliases under Etc/ and SystemV/ left out. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ListPartnerCitiesForAdministrationUseCase listCities;
    private final ListPostsForEditingUseCase listPosts;
    private final ReadPostForEditingUseCase readPost;

    EventForms(ListPartnerCitiesForAdministrationUseCase listCities, ListPostsForEditingUseCase listPosts,
               ReadPostForEditingUseCase readPost) {
        this.listCities = listCities;
        this.listPosts = listPosts;
        this.readPost = readPost;
    }

    EventForm blank(AdminNav nav) {
        List<PartnerCity> cities = listCities.listAllPartnerCities();
        return new EventForm(nav, null, 0, false, null, null, null, null, "", "", "", EventTimes.DEFAULT_ZONE, false,
                "", "", "", "", "", "", "", "", cityChoices(cities, Set.of()), cityChoices(cities, Set.of()),
                postChoices(Set.of()), ZONES, EventForm.Postponement.NONE, Map.of(), null, null);
    }

    EventForm stored(AdminNav nav, Event event) {
        EventTiming timing = event.timing();
        List<PartnerCity> cities = listCities.listAllPartnerCities();
        String city = event.place().partnerCity().map(Object::toString).orElse("");
        Set<String> organisers = new LinkedHashSet<>();
        event.organisers().forEach(id -> organisers.add(id.toString()));
        Set<String> posts = new LinkedHashSet<>();
        event.posts().forEach(id -> posts.add(id.toString()));
        Set<String> hosting = city.isEmpty() ? Set.of() : Set.of(city);
        return new EventForm(nav, event.id().toString(), event.version(), event.isPublished(), event.status().name(),
                EventWhen.of(timing), event.previousTiming().map(EventWhen::of).orElse(null), publicHref(event),
                event.title(), event.slug().value(), event.description(), timing.zone().getId(), timing.allDay(),
                timing.firstDay().toString(), timing.allDay() ? "" : CLOCK.format(timing.start()),
                timing.allDay() ? timing.lastDay().toString() : timing.end().toLocalDate().toString(),
                timing.allDay() ? "" : CLOCK.format(timing.end()), city, event.place().address(),
                event.place().online().map(WebsiteUrl::value).orElse(""),
                event.registration().map(WebsiteUrl::value).orElse(""), cityChoices(cities, hosting),
                cityChoices(cities, organisers), postChoices(posts), ZONES, EventForm.Postponement.NONE, Map.of(), null,
                null);
    }

    /** The form as posted, beside what is stored of the event ({@code stored} null for a new event). */
    EventForm typed(AdminNav nav, Event stored, MultivaluedMap<String, String> form) {
        List<PartnerCity> cities = listCities.listAllPartnerCities();
        String city = AdminPages.value(form, "city");
        Set<String> hosting = city.isBlank() ? Set.of() : Set.of(city.strip());
        Set<String> organisers = new LinkedHashSet<>(form.getOrDefault("organisers", List.of()));
        Set<String> posts = new LinkedHashSet<>(form.getOrDefault("posts", List.of()));
        return new EventForm(nav, stored == null ? null : stored.id().toString(), AdminPages.version(form),
                stored != null && stored.isPublished(), stored == null ? null : stored.status().name(),
                stored == null ? null : EventWhen.of(stored.timing()),
                stored == null ? null : stored.previousTiming().map(EventWhen::of).orElse(null),
                stored == null ? null : publicHref(stored), AdminPages.value(form, "title"), AdminPages.value(form, "slug"),
                AdminPages.value(form, "description"), AdminPages.value(form, "timeZone"),
                "true".equals(form.getFirst("allDay")), AdminPages.value(form, "startDate"),
                AdminPages.value(form, "startTime"), AdminPages.value(form, "endDate"), AdminPages.value(form, "endTime"),
                city, AdminPages.value(form, "address"), AdminPages.value(form, "onlineLink"),
                AdminPages.value(form, "registration"), cityChoices(cities, hosting), cityChoices(cities, organisers),
                postChoices(posts), ZONES, EventForm.Postponement.NONE, Map.of(), null, null);
    }

    /** The new date of a postponement as posted. */
    static EventForm.Postponement postponement(MultivaluedMap<String, String> form) {
        return new EventForm.Postponement(AdminPages.value(form, "newStartDate"), AdminPages.value(form, "newStartTime"),
                AdminPages.value(form, "newEndDate"), AdminPages.value(form, "newEndTime"));
    }

    /** Where visitors find the event: its page while it is published, null otherwise. */
    static String publicHref(Event event) {
        return event.isPublished() ? "/events/" + event.slug().value() : null;
    }

    private static List<EventForm.Choice> cityChoices(List<PartnerCity> cities, Set<String> checked) {
        List<EventForm.Choice> choices = new ArrayList<>();
        for (PartnerCity city : cities) {
            String id = city.id().toString();
            if (!city.isRetired() || checked.contains(id)) {
                choices.add(new EventForm.Choice(id, city.name() + (city.isRetired() ? " (retired)" : ""),
                        checked.contains(id)));
            }
        }
        return choices;
    }

    private List<EventForm.Choice> postChoices(Set<String> checked) {
        List<Post> offered = new ArrayList<>(listPosts.listPostsForEditing(
                ListPostsForEditingQuery.all(new PageRequest(1, POST_CHOICES))).posts().items());
        for (String chosen : checked) {
            if (offered.stream().noneMatch(post -> post.id().toString().equals(chosen.strip()))) {
                try {
                    offered.add(readPost.readPostForEditing(new PostId(UUID.fromString(chosen.strip()))).post());
                } catch (IllegalArgumentException | PostNotFoundException e) {
                    // not a post (any more): nothing to offer, the save says what is wrong
                }
            }
        }
        return offered.stream().map(post -> new EventForm.Choice(post.id().toString(),
                post.title() + " (" + post.status().name().toLowerCase(Locale.ROOT) + ")",
                checked.contains(post.id().toString()))).toList();
    }
}
