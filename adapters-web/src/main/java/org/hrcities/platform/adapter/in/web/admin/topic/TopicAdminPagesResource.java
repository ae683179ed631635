package org.hrcities.platform.adapter.in.web.admin.topic;

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
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.topic.CreateTopicCommand;
import org.hrcities.platform.application.port.in.topic.CreateTopicUseCase;
import org.hrcities.platform.application.port.in.topic.EditTopicCommand;
import org.hrcities.platform.application.port.in.topic.EditTopicUseCase;
import org.hrcities.platform.application.port.in.topic.ListTopicsUseCase;
import org.hrcities.platform.application.port.in.topic.ReadTopicForAdministrationUseCase;
import org.hrcities.platform.application.port.in.topic.TopicInput;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.topic.Topic;

/**
 * Editors' pages for the topics posts are filed under: the list, and the form that adds or changes
 * one. Each form carries the member's CSRF token and the version it was read at; every refusal comes
 * back with what was typed.
 */
@ApplicationScoped
@Path("admin/topics")
@Requires(Permission.WRITE_POSTS)
public class TopicAdminPagesResource {

    static final String STALE = "Someone else changed this topic while you were working on it, so your change was not "
            + "saved. What you typed is still below: open the topic in a new tab to see the current version.";

    private ListTopicsUseCase listTopics;
    private ReadTopicForAdministrationUseCase readTopic;
    private CreateTopicUseCase createTopic;
    private EditTopicUseCase editTopic;

    protected TopicAdminPagesResource() {
        // for the container's proxy
    }

    @Inject
    public TopicAdminPagesResource(ListTopicsUseCase listTopics, ReadTopicForAdministrationUseCase readTopic,
                                   CreateTopicUseCase createTopic, EditTopicUseCase editTopic) {
        this.listTopics = listTopics;
        this.readTopic = readTopic;
        this.createTopic = createTopic;
        this.editTopic = editTopic;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("notice") String notice, @BeanParam AdminRequest admin) {
        String shown = switch (notice == null ? "" : notice) {
            case "created" -> "The topic was added. Editors can now file posts under it.";
            case "saved" -> "The topic was saved.";
            default -> null;
        };
        return admin.page(200, "admin/topics.jte",
                new TopicsAdminPage(admin.nav("topics"), listTopics.listTopics(), shown));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response blank(@BeanParam AdminRequest admin) {
        return admin.page(200, "admin/topic.jte",
                new TopicForm(admin.nav("topics"), null, 0, "", "", "", null, Map.of(), null));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("id") String id, @BeanParam AdminRequest admin) {
        Topic topic = readTopic.readTopicForAdministration(Ids.topicFromPath(id));
        return admin.page(200, "admin/topic.jte", new TopicForm(admin.nav("topics"), topic.id().toString(),
                topic.version(), topic.name(), topic.slug().value(), topic.description(), publicHref(topic), Map.of(),
                null));
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
        return save(readTopic.readTopicForAdministration(Ids.topicFromPath(id)), form, admin);
    }

    /** Adds the topic ({@code stored} null) or changes it, as read at the form's version. */
    private Response save(Topic stored, MultivaluedMap<String, String> form, AdminRequest admin) {
        TopicForm typed = new TopicForm(admin.nav("topics"), stored == null ? null : stored.id().toString(),
                AdminPages.version(form), AdminPages.value(form, "name"), AdminPages.value(form, "slug"),
                AdminPages.value(form, "description"), stored == null ? null : publicHref(stored), Map.of(), null);
        if (!admin.acceptsForm(form)) {
            return refused(403, typed, null, AdminPages.EXPIRED_FORM, admin);
        }
        FieldErrors errors = new FieldErrors();
        Slug slug = typed.slug().isBlank() ? null : errors.capture("slug", () -> new Slug(typed.slug().strip()));
        TopicInput input = errors.capture(() -> new TopicInput(slug, typed.name(), typed.description()));
        if (!errors.isEmpty()) {
            return refused(400, typed, errors, null, admin);
        }
        try {
            if (stored == null) {
                createTopic.createTopic(new CreateTopicCommand(input));
                return AdminPages.seeOther("/admin/topics", "created");
            }
            editTopic.editTopic(new EditTopicCommand(stored.id(), typed.version(), input));
            return AdminPages.seeOther("/admin/topics", "saved");
        } catch (SlugAlreadyTakenException e) {
            errors.add("slug", "Another topic already has this slug. Choose another one.");
            return refused(409, typed, errors, null, admin);
        } catch (ConcurrentUpdateException e) {
            return refused(409, typed, null, STALE, admin);
        } catch (InvalidValueException e) {
            if ("version".equals(e.field())) {
                return refused(409, typed, null, STALE, admin);
            }
            errors.add(e.field(), e.getMessage());
            return refused(400, typed, errors, null, admin);
        }
    }

    private static String publicHref(Topic topic) {
        return "/topics/" + topic.slug().value();
    }

    private static Response refused(int status, TopicForm typed, FieldErrors errors, String formError,
                                    AdminRequest admin) {
        return admin.page(status, "admin/topic.jte",
                typed.with(errors == null ? Map.of() : errors.messages(), formError));
    }
}
