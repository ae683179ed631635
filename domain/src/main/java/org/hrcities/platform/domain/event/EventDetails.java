package org.hrcities.platform.domain.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * Everything an editor writes about an event. It validates itself: a missing or bad value throws
 * {@link InvalidValueException} naming its field.
 *
 * @param slug         the event's address under {@code /events/}
 * @param title        one line
 * @param description  Markdown, rendered and sanitised like a post's body; may be empty
 * @param timing       when it takes place
 * @param place        where: an address, an online link, or both
 * @param registration where people sign up, or null
 * @param organisers   the partner cities that organise it, without repeats (at most {@value #MAX_ORGANISERS})
 * @param posts        the posts that announce it or report on it, without repeats (at most {@value #MAX_POSTS})
 */
public record EventDetails(Slug slug, String title, String description, EventTiming timing, EventPlace place,
                           WebsiteUrl registration, List<PartnerCityId> organisers, List<PostId> posts) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_BYTES = 50_000;
    public static final int MAX_ORGANISERS = 30;
    public static final int MAX_POSTS = 20;

    public EventDetails {
        require("slug", slug);
        title = Text.requireSingleLine("title", title, MAX_TITLE_LENGTH);
        description = Text.optionalMultiLine("description", description, MAX_DESCRIPTION_BYTES);
        require("timing", timing);
        require("place", place);
        organisers = distinct("organisers", organisers, MAX_ORGANISERS, "organising cities");
        posts = distinct("posts", posts, MAX_POSTS, "posts");
    }

    public Optional<WebsiteUrl> registrationLink() {
        return Optional.ofNullable(registration);
    }

    /** The same details, held at {@code newTiming}. */
    public EventDetails at(EventTiming newTiming) {
        return new EventDetails(slug, title, description, newTiming, place, registration, organisers, posts);
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
    }

    private static <T> List<T> distinct(String field, List<T> values, int max, String what) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException(field, field + " must not contain empty entries");
        }
        List<T> unique = List.copyOf(new LinkedHashSet<>(values));
        if (unique.size() > max) {
            throw new InvalidValueException(field, "an event has at most " + max + " " + what);
        }
        return unique;
    }
}
