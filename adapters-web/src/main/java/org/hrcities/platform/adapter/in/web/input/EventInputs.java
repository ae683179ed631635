package org.hrcities.platform.adapter.in.web.input;

import java.util.ArrayList;
import java.util.List;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventPlace;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * What an editor wrote about an event, as text from the admin API or the admin's event form, turned
 * into {@link EventDetails}. Every refused input is recorded at once, under the name the API and the
 * form give it: {@code slug}, {@code title}, {@code description}, {@code city}, {@code address},
 * {@code onlineLink}, {@code registration}, {@code organisers}, {@code posts} (and the timing's,
 * see {@link EventTimes}).
 */
public final class EventInputs {

    private EventInputs() {
    }

    /**
     * What the texts say, or null with every refused input in {@code errors}.
     *
     * @param slug     the slug typed; blank for the one the event has ({@code keptSlug}) or, for a new event, one made from the title
     * @param keptSlug the stored event's slug, null for a new event
     * @param timing   the timing read with {@link EventTimes}, null if it was refused (its errors are already recorded)
     */
    public static EventDetails details(String slug, Slug keptSlug, String title, String description, EventTiming timing,
                                       String city, String address, String onlineLink, String registration,
                                       List<String> organisers, List<String> posts, FieldErrors errors) {
        String checkedTitle = errors.capture("title", () -> Text.requireSingleLine("title", title, EventDetails.MAX_TITLE_LENGTH));
        errors.capture("description", () -> Text.optionalMultiLine("description", description, EventDetails.MAX_DESCRIPTION_BYTES));
        Slug chosen;
        if (!isBlank(slug)) {
            chosen = errors.capture("slug", () -> Slugs.fromInput("slug", slug));
        } else if (keptSlug != null) {
            chosen = keptSlug;
        } else {
            chosen = checkedTitle == null ? null : errors.capture("slug", () -> Slug.fromTitle(checkedTitle));
        }
        boolean placeTyped = true;
        PartnerCityId cityId = null;
        if (!isBlank(city)) {
            cityId = errors.capture("city", () -> Ids.city("city", city));
            placeTyped = cityId != null;
        }
        WebsiteUrl online = null;
        if (!isBlank(onlineLink)) {
            online = errors.capture("onlineLink", () -> WebsiteUrl.parse(onlineLink));
            placeTyped &= online != null;
        }
        PartnerCityId hostCity = cityId;
        WebsiteUrl joinAt = online;
        EventPlace place = placeTyped ? errors.capture(() -> new EventPlace(hostCity, address, joinAt)) : null;
        WebsiteUrl signUp = isBlank(registration) ? null : errors.capture("registration", () -> WebsiteUrl.parse(registration));
        List<PartnerCityId> organising = new ArrayList<>();
        for (String organiser : organisers == null ? List.<String>of() : organisers) {
            PartnerCityId id = errors.capture("organisers", () -> Ids.city("organisers", organiser));
            if (id != null) {
                organising.add(id);
            }
        }
        List<PostId> naming = new ArrayList<>();
        for (String post : posts == null ? List.<String>of() : posts) {
            PostId id = errors.capture("posts", () -> Ids.post("posts", post));
            if (id != null) {
                naming.add(id);
            }
        }
        if (!errors.isEmpty() || timing == null) {
            return null;
        }
        try {
            return new EventDetails(chosen, checkedTitle, description, timing, place, signUp, organising, naming);
        } catch (InvalidValueException e) {
            errors.add(e.field(), e.getMessage());
            return null;
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
