package org.hrcities.platform.adapter.in.web.admin.event;

import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.form.FieldMessages;

/**
 * The form that plans or changes an event, as typed, with a message per wrong field, and for a
 * stored event the forms of the changes of its state (publish or withdraw, postpone, cancel or
 * reinstate). {@code id} is null for a new event; {@code version} is the one the form was read at;
 * {@code published}, {@code status}, {@code when}, {@code previousWhen} and {@code publicHref}
 * describe the stored event. Dates and times are as the clocks show them in {@code timeZone}.
 */
public record EventForm(AdminNav nav, String id, long version, boolean published, String status, String when,
                        String previousWhen, String publicHref, String title, String slug, String description,
                        String timeZone, boolean allDay, String startDate, String startTime, String endDate,
                        String endTime, String city, String address, String onlineLink, String registration,
                        List<Choice> cities, List<Choice> organisers, List<Choice> posts, List<String> zones,
                        Postponement postponement, Map<String, String> errors, String formError, String notice)
        implements FieldMessages {

    /** A partner city or post the editor may choose. */
    public record Choice(String value, String label, boolean checked) {
    }

    /** The new date of a postponement, as typed (in the event's zone, all day if the event is). */
    public record Postponement(String startDate, String startTime, String endDate, String endTime) {

        static final Postponement NONE = new Postponement("", "", "", "");
    }

    public boolean isNew() {
        return id == null;
    }

    public String action() {
        return isNew() ? "/admin/events" : "/admin/events/" + id;
    }

    /** The address of a change of the stored event's state: publish, withdraw, postpone, cancel, reinstate. */
    public String actionOf(String change) {
        return "/admin/events/" + id + "/" + change;
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    public boolean isPostponed() {
        return "POSTPONED".equals(status);
    }

    /** "Draft · Scheduled", "Published · Postponed". */
    public String statusLabel() {
        return (published ? "Published" : "Draft") + " · " + EventWhen.standing(
                org.hrcities.platform.domain.event.EventStatus.valueOf(status));
    }

    /** The address the event has (or will have) on the site, from the slug as typed or stored. */
    public String publicPath() {
        return slug == null || slug.isBlank() ? null : "/events/" + slug.strip();
    }

    public String invalid(String field) {
        return hasError(field) ? "true" : null;
    }

    /** aria-describedby for a field: its error message's id when it has one, else its hint's, if any. */
    public String describedBy(String field, String hint) {
        return hasError(field) ? field + "-error" : hint;
    }

    EventForm with(Map<String, String> newErrors, String newFormError) {
        return new EventForm(nav, id, version, published, status, when, previousWhen, publicHref, title, slug, description,
                timeZone, allDay, startDate, startTime, endDate, endTime, city, address, onlineLink, registration, cities,
                organisers, posts, zones, postponement, newErrors, newFormError, null);
    }

    EventForm withPostponement(Postponement typed, Map<String, String> newErrors, String newFormError) {
        return new EventForm(nav, id, version, published, status, when, previousWhen, publicHref, title, slug, description,
                timeZone, allDay, startDate, startTime, endDate, endTime, city, address, onlineLink, registration, cities,
                organisers, posts, zones, typed, newErrors, newFormError, null);
    }

    EventForm withNotice(String newNotice) {
        return new EventForm(nav, id, version, published, status, when, previousWhen, publicHref, title, slug, description,
                timeZone, allDay, startDate, startTime, endDate, endTime, city, address, onlineLink, registration, cities,
                organisers, posts, zones, postponement, errors, formError, newNotice);
    }
}
