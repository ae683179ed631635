package org.hrcities.platform.adapter.in.web.admin.event;

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
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.EventInputs;
import org.hrcities.platform.adapter.in.web.input.EventTimes;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.render.Dates;
import org.hrcities.platform.adapter.in.web.render.Sentences;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.event.ChangeEventStatusUseCase;
import org.hrcities.platform.application.port.in.event.CreateEventCommand;
import org.hrcities.platform.application.port.in.event.CreateEventUseCase;
import org.hrcities.platform.application.port.in.event.EditEventCommand;
import org.hrcities.platform.application.port.in.event.EditEventUseCase;
import org.hrcities.platform.application.port.in.event.EventChange;
import org.hrcities.platform.application.port.in.event.ListEventsForAdministrationUseCase;
import org.hrcities.platform.application.port.in.event.ReadEventForAdministrationUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventStateException;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/**
 * The editors' pages for events: the list, the form that plans or changes an event, and the forms
 * that publish, withdraw, postpone, cancel and reinstate it. Each submission is one use-case call
 * made against the version the form was read at; every refusal comes back as the page again with
 * what was typed and a message beside each wrong field. A change leaves every stored page out of
 * date (no {@code ChangesOnly} here), so the public event pages show it at once.
 */
@ApplicationScoped
@Path("admin/events")
@Requires(Permission.MANAGE_EVENTS)
public class EventAdminPagesResource {

    static final int PER_PAGE = 20;

    static final String STALE = "Someone else changed this event while you were working on it, so your change was not "
            + "saved. What you typed is still below: open the event in a new tab to see the current version.";

    static final String STALE_CHANGE = "Someone else changed this event in the meantime, so nothing was changed. The "
            + "page now shows the event as it is: check it, then try again.";

    private ListEventsForAdministrationUseCase listEvents;
    private ReadEventForAdministrationUseCase readEvent;
    private CreateEventUseCase createEvent;
    private EditEventUseCase editEvent;
    private ChangeEventStatusUseCase changeStatus;
    private EventForms forms;

    protected EventAdminPagesResource() {
        // for the container's proxy
    }

    @Inject
    public EventAdminPagesResource(ListEventsForAdministrationUseCase listEvents,
                                   ReadEventForAdministrationUseCase readEvent, CreateEventUseCase createEvent,
                                   EditEventUseCase editEvent, ChangeEventStatusUseCase changeStatus,
                                   ListPartnerCitiesForAdministrationUseCase listCities,
                                   ListPostsForEditingUseCase listPosts, ReadPostForEditingUseCase readPost) {
        this.listEvents = listEvents;
        this.readEvent = readEvent;
        this.createEvent = createEvent;
        this.editEvent = editEvent;
        this.changeStatus = changeStatus;
        this.forms = new EventForms(listCities, listPosts, readPost);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("page") String page, @QueryParam("notice") String notice,
                         @BeanParam AdminRequest admin) {
        Page<Event> events = listEvents.listEventsForAdministration(new PageRequest(pageNumber(page), PER_PAGE));
        List<EventsAdminPage.Row> rows = events.items().stream().map(event -> new EventsAdminPage.Row(
                event.id().toString(), event.title(), EventWhen.of(event.timing()),
                Dates.iso(event.timing().startInstant()), event.isPublished() ? "Published" : "Draft",
                EventWhen.standing(event.status()), EventForms.publicHref(event))).toList();
        int number = events.request().page();
        EventsAdminPage model = new EventsAdminPage(admin.nav("events"), rows, events.totalItems(), number,
                events.totalPages(), events.hasPrevious() ? listHref(number - 1) : null,
                events.hasNext() ? listHref(number + 1) : null, "created".equals(notice) ? "The event was saved." : null);
        return admin.page(200, "admin/events.jte", model);
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response blank(@BeanParam AdminRequest admin) {
        return admin.page(200, "admin/event.jte", forms.blank(admin.nav("events")));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("id") String id, @QueryParam("notice") String notice,
                         @BeanParam AdminRequest admin) {
        Event event = readEvent.readEventForAdministration(Ids.eventFromPath(id));
        return admin.page(200, "admin/event.jte", forms.stored(admin.nav("events"), event).withNotice(notice(notice)));
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
        return save(readEvent.readEventForAdministration(Ids.eventFromPath(id)), form, admin);
    }

    /** Publishes, withdraws, postpones, cancels or reinstates the event, as its page's buttons ask. */
    @POST
    @Path("{id}/{action: publish|withdraw|postpone|cancel|reinstate}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response changeState(@PathParam("id") String id, @PathParam("action") String action,
                                MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        return changeState(id, EventChange.Kind.valueOf(action.toUpperCase(Locale.ROOT)), form, admin);
    }

    /** Plans ({@code stored} null) or changes an event; a new one is published at once with the "publish" button. */
    private Response save(Event stored, MultivaluedMap<String, String> form, AdminRequest admin) {
        EventForm typed = forms.typed(admin.nav("events"), stored, form);
        if (!admin.acceptsForm(form)) {
            return refused(403, typed, null, AdminPages.EXPIRED_FORM, admin);
        }
        FieldErrors errors = new FieldErrors();
        EventTiming timing = timing(typed.timeZone(), typed.allDay(), typed.startDate(), typed.startTime(),
                typed.endDate(), typed.endTime(), errors);
        EventDetails details = EventInputs.details(typed.slug(), stored == null ? null : stored.slug(), typed.title(),
                typed.description(), timing, typed.city(), typed.address(), typed.onlineLink(), typed.registration(),
                form.getOrDefault("organisers", List.of()), form.getOrDefault("posts", List.of()), errors);
        if (details == null) {
            return refused(400, typed, errors.messages(), null, admin);
        }
        try {
            if (stored == null) {
                boolean publish = "publish".equals(AdminPages.value(form, "action"));
                Event created = createEvent.createEvent(new CreateEventCommand(details, publish));
                return AdminPages.seeOther("/admin/events/" + created.id(), publish ? "published" : "created");
            }
            editEvent.editEvent(new EditEventCommand(stored.id(), typed.version(), details));
            return AdminPages.seeOther("/admin/events/" + stored.id(), "saved");
        } catch (SlugAlreadyTakenException e) {
            return refused(409, typed, Map.of("slug", "Another event already has this slug. Choose another one."), null, admin);
        } catch (ConcurrentUpdateException e) {
            return refused(409, typed, null, STALE, admin);
        } catch (InvalidValueException e) {
            return "version".equals(e.field()) ? refused(409, typed, null, STALE, admin)
                    : refused(400, typed, Map.of(e.field(), Sentences.of(e.getMessage())), null, admin);
        }
    }

    /** Publishes, withdraws, postpones, cancels or reinstates the event, as read at the form's version. */
    private Response changeState(String id, EventChange.Kind kind, MultivaluedMap<String, String> form,
                                 AdminRequest admin) {
        Event event = readEvent.readEventForAdministration(Ids.eventFromPath(id));
        EventForm current = forms.stored(admin.nav("events"), event);
        EventForm.Postponement typed = kind == EventChange.Kind.POSTPONE ? EventForms.postponement(form)
                : EventForm.Postponement.NONE;
        if (!admin.acceptsForm(form)) {
            return admin.page(403, "admin/event.jte", current.withPostponement(typed, Map.of(), AdminPages.EXPIRED_FORM));
        }
        long version = AdminPages.version(form);
        if (version < 1) {
            return admin.page(409, "admin/event.jte", current.withPostponement(typed, Map.of(), STALE_CHANGE));
        }
        EventChange change;
        if (kind == EventChange.Kind.POSTPONE) {
            FieldErrors errors = new FieldErrors();
            EventTiming timing = timing(event.timing().zone().getId(), event.timing().allDay(), typed.startDate(),
                    typed.startTime(), typed.endDate(), typed.endTime(), errors);
            if (timing == null) {
                return admin.page(400, "admin/event.jte", current.withPostponement(typed, postponed(errors.messages()), null));
            }
            change = EventChange.postpone(event.id(), version, timing);
        } else {
            change = EventChange.of(event.id(), version, kind);
        }
        try {
            changeStatus.changeEventStatus(change);
        } catch (ConcurrentUpdateException e) {
            return admin.page(409, "admin/event.jte", current.withPostponement(typed, Map.of(), STALE_CHANGE));
        } catch (EventStateException e) {
            return admin.page(409, "admin/event.jte", current.withPostponement(typed, Map.of(), Sentences.of(e.getMessage())));
        } catch (InvalidValueException e) {
            return admin.page(400, "admin/event.jte", current.withPostponement(typed,
                    postponed(Map.of(e.field(), Sentences.of(e.getMessage()))), null));
        }
        return AdminPages.seeOther("/admin/events/" + event.id(), switch (kind) {
            case PUBLISH -> "published";
            case WITHDRAW -> "withdrawn";
            case POSTPONE -> "postponed";
            case CANCEL -> "cancelled";
            case REINSTATE -> "reinstated";
        });
    }

    /**
     * The timing the form's fields describe, or null with each refused one in {@code errors} under
     * {@code timeZone}, {@code start} or {@code end}. The dates and times come from separate fields;
     * an all-day event has dates only.
     */
    static EventTiming timing(String timeZone, boolean allDay, String startDate, String startTime, String endDate,
                              String endTime, FieldErrors errors) {
        String start = joined("start", allDay, startDate, startTime, errors);
        String end = joined("end", allDay, endDate, endTime, errors);
        return EventTimes.read(timeZone, allDay, start, end, errors);
    }

    private static String joined(String field, boolean allDay, String date, String time, FieldErrors errors) {
        String what = "start".equals(field) ? "starts" : "ends";
        if (date.isBlank()) {
            errors.add(field, allDay ? "give the " + ("start".equals(field) ? "first" : "last") + " day of the event"
                    : "give the date the event " + what);
            return null;
        }
        if (allDay) {
            return date;
        }
        if (time.isBlank()) {
            errors.add(field, "give the time the event " + what + ", or tick All day");
            return null;
        }
        return date.strip() + "T" + time.strip();
    }

    /** The postponement's messages under the names of its fields ({@code newStart}, {@code newEnd}). */
    private static Map<String, String> postponed(Map<String, String> messages) {
        Map<String, String> renamed = new LinkedHashMap<>();
        messages.forEach((field, message) -> renamed.putIfAbsent(switch (field) {
            case "start" -> "newStart";
            case "end", "lastDay" -> "newEnd";
            default -> "newStart";
        }, message));
        return renamed;
    }

    private static String notice(String key) {
        return switch (key == null ? "" : key) {
            case "created" -> "The event was saved as a draft: only staff see it until it is published.";
            case "saved" -> "Saved.";
            case "published" -> "Published: the event is on the site and in the calendars.";
            case "withdrawn" -> "Withdrawn: the event is a draft again and visitors no longer see it.";
            case "postponed" -> "Postponed: the event has its new date, and its page says it was moved.";
            case "cancelled" -> "Cancelled: the event keeps its page, with a notice that it will not take place.";
            case "reinstated" -> "Reinstated: the event takes place after all.";
            default -> null;
        };
    }

    private static String listHref(int page) {
        UriBuilder href = UriBuilder.fromPath("/admin/events");
        if (page > 1) {
            href.queryParam("page", page);
        }
        return href.build().toString();
    }

    private static int pageNumber(String page) {
        try {
            int number = page == null ? 1 : Integer.parseInt(page.strip());
            return Math.max(1, Math.min(number, 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Response refused(int status, EventForm typed, Map<String, String> errors, String formError,
                                    AdminRequest admin) {
        return admin.page(status, "admin/event.jte", typed.with(errors == null ? Map.of() : errors, formError));
    }
}
