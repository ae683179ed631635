package org.hrcities.platform.adapter.in.web.site.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.site.Canonical;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;
import org.hrcities.platform.adapter.in.web.site.TopicLink;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.adapter.in.web.site.feed.AtomFeeds;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.topic.ReadTopicQuery;
import org.hrcities.platform.application.port.in.topic.ReadTopicUseCase;
import org.hrcities.platform.application.port.in.topic.TopicProfile;
import org.hrcities.platform.domain.shared.PageRequest;

/** The visitors' pages of a topic: what it covers with a page of its posts, and the Atom feed of its latest posts. */
@Path("topics")
@ApplicationScoped
public class TopicPagesResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private ReadTopicUseCase readTopic;
    private VisitorTemplates templates;

    protected TopicPagesResource() {
        // for the container's proxy
    }

    @Inject
    public TopicPagesResource(ReadTopicUseCase readTopic, VisitorTemplates templates) {
        this.readTopic = readTopic;
        this.templates = templates;
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response topic(@PathParam("slug") String slug, @QueryParam("page") String page, @Context UriInfo request) {
        TopicProfile profile = readTopic.readTopic(new ReadTopicQuery(templates.language(request), Slugs.fromPath(slug, "topic"),
                Paging.request(page, null, Paging.DEFAULT_PER_PAGE)));
        TopicLink topic = TopicLink.of(profile.topic());
        TopicPage model = new TopicPage(topic, Markdown.toHtml(profile.topic().description()),
                profile.posts().items().stream().map(PostCard::of).toList(), profile.posts().totalItems(),
                Pager.of(profile.posts(), topic.href(), null));
        return Representations.ok(templates.render("topic.jte", model, templates.frame(request), Canonical.of(request, topic.href(), model.pager())),
                HTML, true, Freshness.REVALIDATE).build();
    }

    @GET
    @Path("{slug}/feed.xml")
    @Produces("application/atom+xml")
    public Response feed(@PathParam("slug") String slug, @Context UriInfo request) {
        TopicProfile profile = readTopic.readTopic(new ReadTopicQuery(templates.language(request), Slugs.fromPath(slug, "topic"),
                PageRequest.first(AtomFeeds.POSTS_IN_FEED)));
        TopicLink topic = TopicLink.of(profile.topic());
        org.hrcities.platform.adapter.in.web.render.Texts texts = templates.frame(request).texts();
        return AtomFeeds.posts(request, texts.language(), texts.t("feed.about", texts.t("layout.brand"), topic.name()),
                topic.href().substring(1),
                topic.feedHref().substring(1), profile.posts().items().stream().map(PublishedPost::post).toList());
    }
}
