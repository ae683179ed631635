package org.hrcities.platform.adapter.in.web.site.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.site.CityLink;
import org.hrcities.platform.adapter.in.web.site.TopicLink;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.junit.jupiter.api.Test;

/** The post page as the template renders it: small, escaped, and without email addresses. */
class PostPageRenderingTest {

    /** The network's New Year post of 2021 (../shared/seeds), as Markdown. */
    static final String SEED_BODY = """
            We wish you a fruitful New Year 2021!

            We warmly thank the cities and the organisations partnering with us for their trust, for participating and collaborating with our network in 2020. It has been very inspiring to learn from their experiences, to share creative practices and to remain connected throughout this challenging time. In 2020, many initiatives and those taken by human rights cities in particular, demonstrate the realisation of human rights principles and values at their finest.

            2020 came to an end but the Covid-19 pandemic is still impacting the way we interact, live and work. The cities of Europe are experiencing different epidemic patterns, posing different risks everywhere. The Human Rights Cities Network is well aware how the pandemic requires tireless efforts to implement interventions at the local level and to take human rights-based measures to ensure the safety of everyone in your cities.

            One of the fundamental lessons of the past year has been the prominent role local authorities' play in the realisation of human rights. That have been praised in different fora, by various cities networks, regional organisations and international institutions. The European Union has also been seeking ways to support cities in their efforts and finally agreed on a budget which should help to lead the way into a better future.

            2021 is shaping up to be an exciting year for the Human Rights Cities Network. We will kick off with the organisation of a roundtable consultation with cities actors and the UN Special Rapporteur on poverty and human rights, on the 20th January 2021. Sharing knowledge and building on your expertise to further expand the number of human rights cities in Europe remains our mission. We believe our work to promote a more resilient and sustainable human rights cities' movement depends on all of us, on our engagement to build back and better.

            Thank you for following us and supporting what we do.

            The Human Rights Cities Network Team
            """;

    static byte[] seedPostWithThirtyComments(CommentForm form) {
        return seedPostWithThirtyComments(form, List.of());
    }

    static byte[] seedPostWithThirtyComments(CommentForm form, List<TopicLink> topics) {
        Post post = Post.draft(PostId.generate(), PostFixtures.ENGLISH, new Slug("happy-new-year-2021"),
                new PostContent("Happy New Year 2021 !", SEED_BODY, "Our wishes for 2021."), "The Human Rights Cities Network Team",
                List.of(), true, Instant.parse("2021-01-04T09:00:00Z"));
        post.publish(Instant.parse("2021-01-04T09:00:00Z"));
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Comment parent = i % 3 == 2 ? comments.get(i - 1) : null;
            Commenter commenter = new Commenter("Commenter number " + i, EmailAddress.parse("person" + i + "@example.org"),
                    i % 2 == 0 ? new WebsiteUrl("https://city" + i + ".example.org") : null);
            Comment comment = Comment.submit(post, CommentId.generate(), commenter, new CommentText(
                    "Happy New Year from our city! We look forward to the roundtable in January and to working with the "
                            + "network on housing and social rights in 2021. Thank you for all the work in 2020 (" + i + ")."),
                    parent, Instant.parse("2021-01-04T10:00:00Z").plusSeconds(i * 600L));
            comment.approve();
            comments.add(comment);
        }
        PostPage page = new PostPage(post.slug().value(), post.title(), "Our wishes for 2021.", post.authorName(),
                post.publishedAt().orElseThrow(), Markdown.toHtml(SEED_BODY), List.of(new CityLink("graz", "Graz")), topics,
                CommentNode.threads(comments), comments.size(), true, null, form);
        return Templates.render("post.jte", page, URI.create("https://news.example.org" + page.href()));
    }

    @Test
    void the_seed_post_with_thirty_comments_is_under_30_kilobytes() {
        byte[] html = seedPostWithThirtyComments(CommentForm.empty(null, null));
        System.out.println("seed-like post page with 30 comments: " + html.length + " bytes");
        // 25 KB until each comment got its Report link (about 150 bytes each), see decision 0011
        assertTrue(html.length < 30_000, "the page is " + html.length + " bytes");
    }

    @Test
    void lists_the_topics_of_the_post_as_links_to_their_pages_with_their_names_escaped() {
        String html = new String(seedPostWithThirtyComments(CommentForm.empty(null, null), List.of(
                new TopicLink("housing", "Housing"), new TopicLink("rights-and-wrongs", "Rights <b>& wrongs</b>"))),
                StandardCharsets.UTF_8);
        assertTrue(html.contains("<p class=\"tags\">Topics: <a href=\"/topics/housing\">Housing</a>, "
                + "<a href=\"/topics/rights-and-wrongs\">Rights &lt;b&gt;&amp; wrongs&lt;/b&gt;</a></p>"), html);
    }

    @Test
    void the_comment_form_says_what_is_kept_for_how_long_and_links_the_privacy_pages() {
        String html = new String(seedPostWithThirtyComments(CommentForm.empty(null, null)), StandardCharsets.UTF_8);
        assertTrue(html.contains("network address and browser (user agent) for 30 days"), html);
        assertTrue(html.contains("<a href=\"/privacy\">privacy policy</a>"), html);
        assertTrue(html.contains("<a href=\"/privacy/requests\">"), html);
    }

    @Test
    void a_post_filed_under_no_topic_names_none() {
        String html = new String(seedPostWithThirtyComments(CommentForm.empty(null, null)), StandardCharsets.UTF_8);
        assertFalse(html.contains("Topics:"), "no empty list of topics");
    }

    @Test
    void every_comment_has_a_report_link_that_names_its_author_to_screen_readers() {
        String html = new String(seedPostWithThirtyComments(CommentForm.empty(null, null)), StandardCharsets.UTF_8);
        java.util.regex.Matcher links = java.util.regex.Pattern.compile(
                "<a href=\"/posts/happy-new-year-2021/comments/[0-9a-f-]{36}/report\" rel=\"nofollow\">Report"
                        + "<span class=\"visually-hidden\"> the comment by Commenter number \\d+</span></a>").matcher(html);
        assertEquals(30, links.results().count(), html);
    }

    @Test
    void never_shows_an_email_address() {
        String html = new String(seedPostWithThirtyComments(CommentForm.empty(null, null)), StandardCharsets.UTF_8);
        assertFalse(html.contains("@example.org"), "an email address is on the page");
    }

    @Test
    void keeps_what_the_visitor_typed_escaped_when_the_form_comes_back() {
        CommentForm typed = new CommentForm("\"><script>alert(1)</script>", "not-an-address", "",
                "</textarea><script>alert(2)</script> my long comment", "", null,
                Map.of("email", "Email must be an address such as name@example.org."), null);
        String html = new String(seedPostWithThirtyComments(typed), StandardCharsets.UTF_8);
        assertTrue(html.contains("&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt; my long comment"), "text kept, escaped");
        assertTrue(html.contains("value=\"&#34;>&lt;script>alert(1)&lt;/script>\""), "name kept, escaped");
        assertFalse(html.contains("<script>alert"), "no script gets through");
        assertTrue(html.contains("aria-invalid=\"true\""));
        assertEquals(1, html.split("class=\"error-summary\"", -1).length - 1);
    }
}
