package org.hrcities.platform.adapter.in.web.api.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.application.port.in.topic.ListTopicsUseCase;
import org.hrcities.platform.application.port.in.topic.ReadTopicQuery;
import org.hrcities.platform.adapter.in.web.input.Languages;
import org.hrcities.platform.application.port.in.topic.ReadTopicUseCase;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/** The topics posts are filed under. */
@Path("api/topics")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class TopicsResource {

    /**
     * The site's languages; the pages and answers are in its default language. Built without the container,
     * a site in English alone.
     */
    private SiteLanguages languages = SiteLanguages.only(new Language("en"));

    private ListTopicsUseCase listTopics;
    private ReadTopicUseCase readTopic;

    protected TopicsResource() {
        // for the container's proxy
    }

    @Inject
    public TopicsResource(ListTopicsUseCase listTopics, ReadTopicUseCase readTopic, SiteLanguages languages) {
        this.listTopics = listTopics;
        this.readTopic = readTopic;
        this.languages = languages;
    }

    /** Every topic, by name. */
    @GET
    public Response list() {
        List<TopicResponse> topics = listTopics.listTopics().stream().map(TopicResponse::from).toList();
        return Representations.json(topics, Freshness.MINUTE).build();
    }

    /** One topic with a page of its published posts ({@code page}, {@code per_page}) in the language {@code lang}. */
    @GET
    @Path("{slug}")
    public Response read(@PathParam("slug") String slug, @QueryParam("page") String page,
                         @QueryParam("per_page") String perPage, @QueryParam("lang") String lang) {
        ReadTopicQuery query = new ReadTopicQuery(Languages.fromQuery(lang, languages), Slugs.fromPath(slug, "topic"),
                Paging.request(page, perPage, Paging.DEFAULT_PER_PAGE));
        return Representations.json(TopicProfileResponse.from(readTopic.readTopic(query), languages), Freshness.MINUTE).build();
    }
}
