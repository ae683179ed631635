package org.hrcities.platform.adapter.in.web.api.topic;

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
import java.util.List;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.Preconditions;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.topic.CreateTopicCommand;
import org.hrcities.platform.application.port.in.topic.CreateTopicUseCase;
import org.hrcities.platform.application.port.in.topic.EditTopicCommand;
import org.hrcities.platform.application.port.in.topic.EditTopicUseCase;
import org.hrcities.platform.application.port.in.topic.ListTopicsUseCase;
import org.hrcities.platform.application.port.in.topic.ReadTopicForAdministrationUseCase;
import org.hrcities.platform.application.port.in.topic.TopicInput;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * The admin API's topics, for editors: list, add and change them. A change names the version it was
 * made against with {@code If-Match}.
 */
@ApplicationScoped
@Path("api/admin/topics")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.WRITE_POSTS)
public class AdminTopicsResource {

    private ListTopicsUseCase listTopics;
    private ReadTopicForAdministrationUseCase readTopic;
    private CreateTopicUseCase createTopic;
    private EditTopicUseCase editTopic;

    protected AdminTopicsResource() {
        // for the container's proxy
    }

    @Inject
    public AdminTopicsResource(ListTopicsUseCase listTopics, ReadTopicForAdministrationUseCase readTopic,
                               CreateTopicUseCase createTopic, EditTopicUseCase editTopic) {
        this.listTopics = listTopics;
        this.readTopic = readTopic;
        this.createTopic = createTopic;
        this.editTopic = editTopic;
    }

    /** Every topic, by name, each with its version. */
    @GET
    public Response list() {
        List<AdminTopicResponse> body = listTopics.listTopics().stream().map(AdminTopicResponse::from).toList();
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id) {
        return one(Response.ok(), readTopic.readTopicForAdministration(Ids.topicFromPath(id)));
    }

    /** A new topic; 201 with its address and ETag. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(WriteTopicRequest body) {
        Topic created = createTopic.createTopic(new CreateTopicCommand(input(body)));
        return one(Response.created(UriBuilder.fromPath("/api/admin/topics/{id}").build(created.id().toString())), created);
    }

    /** Replaces what the topic says, as read at the version in {@code If-Match}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, WriteTopicRequest body) {
        TopicId topicId = Ids.topicFromPath(id);
        readTopic.readTopicForAdministration(topicId);
        long expected = Preconditions.expectedVersion(ifMatch);
        TopicInput input = input(body);
        return one(Response.ok(), Preconditions.unlessStale(() ->
                editTopic.editTopic(new EditTopicCommand(topicId, expected, input))));
    }

    /** The topic the body describes; every refused field at once. */
    static TopicInput input(WriteTopicRequest body) {
        if (body == null) {
            throw new InvalidValueException("name", "name is required");
        }
        FieldErrors errors = new FieldErrors();
        Slug slug = body.slug() == null || body.slug().isBlank() ? null
                : errors.capture("slug", () -> new Slug(body.slug().strip()));
        TopicInput input = errors.capture(() -> new TopicInput(slug, body.name(), body.description()));
        errors.throwIfAny();
        return input;
    }

    private static Response one(Response.ResponseBuilder response, Topic topic) {
        return response.entity(AdminTopicResponse.from(topic)).tag(Preconditions.tagOf(topic.version()))
                .header("Cache-Control", "no-store").build();
    }
}
