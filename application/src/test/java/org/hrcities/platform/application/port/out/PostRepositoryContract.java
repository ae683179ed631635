package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.post.TranslationAlreadyExistsException;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.junit.jupiter.api.Test;

/** What every {@link PostRepository} must do. */
public abstract class PostRepositoryContract extends StorageContract {

    private static final Language EN = PostFixtures.ENGLISH;
    private static final Language FR = PostFixtures.FRENCH;
    private static final Language DE = PostFixtures.GERMAN;

    @Test
    void stores_a_post_and_finds_it_by_id_and_by_slug_with_every_field() {
        PartnerCity graz = PartnerCityFixtures.graz();
        PartnerCity york = PartnerCityFixtures.york();
        inTx(() -> {
            storage.cities().save(graz);
            storage.cities().save(york);
        });
        Post post = PostFixtures.aPublishedPost("with-every-field-before", T0, List.of(york.id(), graz.id()));
        post.edit(new PostContent("Ünïcödé title 😀", "# Body\n\nWith *Markdown* and\ttabs.", "An excerpt."),
                new Slug("with-every-field"), "Anna Editor", List.of(york.id(), graz.id()), false, T0.plusSeconds(7));
        inTx(() -> storage.posts().save(post));

        Post byId = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        Post bySlug = inTx(() -> storage.posts().findBySlug(EN, new Slug("with-every-field"))).orElseThrow();
        for (Post found : List.of(byId, bySlug)) {
            assertEquals(post.id(), found.id());
            assertEquals(post.slug(), found.slug());
            assertEquals(post.content(), found.content());
            assertEquals(post.authorName(), found.authorName());
            assertEquals(PostStatus.PUBLISHED, found.status());
            assertEquals(Optional.of(T0), found.publishedAt());
            assertEquals(List.of(york.id(), graz.id()), found.partnerCities());
            assertFalse(found.commentsOpen());
            assertEquals(Set.of(new Slug("with-every-field-before")), found.formerSlugs());
            assertEquals(T0.plusSeconds(7), found.updatedAt());
            assertTrue(found.version() > 0, "a stored post has a version");
        }
    }

    @Test
    void keeps_a_featured_image_through_setting_changing_and_clearing_it() {
        Post post = PostFixtures.aPublishedPost("with-an-image", T0);
        inTx(() -> storage.posts().save(post));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findById(post.id())).orElseThrow().featuredImage());

        FeaturedImage bridge = new FeaturedImage(MediaId.generate(), "The Mur bridge at night, ünïcödé");
        Post first = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        first.feature(bridge);
        inTx(() -> storage.posts().save(first));
        assertEquals(Optional.of(bridge), inTx(() -> storage.posts().findById(post.id())).orElseThrow().featuredImage());
        assertEquals(Optional.of(bridge),
                inTx(() -> storage.posts().findBySlug(EN, new Slug("with-an-image"))).orElseThrow().featuredImage());
        assertEquals(List.of(Optional.of(bridge)), inTx(() -> storage.posts().findPublished(PageRequest.first(10)))
                .items().stream().map(Post::featuredImage).toList());

        FeaturedImage square = new FeaturedImage(MediaId.generate(), "The main square");
        Post second = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        second.feature(square);
        inTx(() -> storage.posts().save(second));
        assertEquals(Optional.of(square), inTx(() -> storage.posts().findById(post.id())).orElseThrow().featuredImage());

        Post third = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        third.feature(null);
        inTx(() -> storage.posts().save(third));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findById(post.id())).orElseThrow().featuredImage());
    }

    @Test
    void finds_nothing_for_unknown_ids_and_slugs() {
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findById(PostId.generate())));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findBySlug(EN, new Slug("no-such-post"))));
    }

    @Test
    void stores_the_changes_to_a_post_and_moves_its_version_on() {
        Post draft = PostFixtures.aDraftPost();
        inTx(() -> storage.posts().save(draft));
        Post read = inTx(() -> storage.posts().findById(draft.id())).orElseThrow();
        read.publish(T0);
        read.tagPartnerCities(List.of());
        inTx(() -> storage.posts().save(read));

        Post again = inTx(() -> storage.posts().findById(draft.id())).orElseThrow();
        assertEquals(PostStatus.PUBLISHED, again.status());
        assertEquals(Optional.of(T0), again.publishedAt());
        assertTrue(again.version() > read.version());
        assertEquals(1, inTx(() -> storage.posts().count()));
    }

    @Test
    void refuses_a_stale_copy_and_keeps_the_first_change() {
        Post draft = PostFixtures.aDraftPost();
        inTx(() -> storage.posts().save(draft));
        Post first = inTx(() -> storage.posts().findById(draft.id())).orElseThrow();
        Post second = inTx(() -> storage.posts().findById(draft.id())).orElseThrow();

        first.revise(new PostContent("First editor's title", "Body", ""));
        inTx(() -> storage.posts().save(first));
        second.revise(new PostContent("Second editor's title", "Body", ""));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.posts().save(second)));

        assertEquals("First editor's title", inTx(() -> storage.posts().findById(draft.id())).orElseThrow().title());
    }

    @Test
    void refuses_a_new_post_whose_id_is_taken() {
        Post draft = PostFixtures.aDraftPost();
        inTx(() -> storage.posts().save(draft));
        Post sameId = Post.draft(draft.id(), EN, new Slug("other-slug"), PostFixtures.someContent(), "Other", List.of(), true, T0);
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.posts().save(sameId)));
    }

    @Test
    void slugs_are_unique_among_posts() {
        inTx(() -> storage.posts().save(PostFixtures.aPublishedPost("taken", T0)));
        Post clash = PostFixtures.aPublishedPost("taken", T0.plusSeconds(1));
        SlugAlreadyTakenException e = assertThrows(SlugAlreadyTakenException.class,
                () -> inTx(() -> storage.posts().save(clash)));
        assertEquals(new Slug("taken"), e.slug());

        Post other = PostFixtures.aPublishedPost("free", T0);
        inTx(() -> storage.posts().save(other));
        Post renamed = inTx(() -> storage.posts().findById(other.id())).orElseThrow();
        renamed.changeSlug(new Slug("taken"));
        assertThrows(SlugAlreadyTakenException.class, () -> inTx(() -> storage.posts().save(renamed)));
        assertEquals(1, inTx(() -> storage.posts().findPublished(PageRequest.first(10))).items().stream()
                .filter(p -> p.slug().value().equals("taken")).count());
    }

    @Test
    void lists_only_published_posts_newest_first_in_pages_with_totals() {
        List<Post> published = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            published.add(PostFixtures.aPublishedPost("post-" + i, T0.plus(Duration.ofHours(i * 7L % 23))));
        }
        Post draft = PostFixtures.aDraftPost();
        Post scheduled = PostFixtures.aDraftPost();
        scheduled.changeSlug(new Slug("scheduled"));
        scheduled.schedule(T0.plus(Duration.ofDays(30)), T0);
        inTx(() -> {
            published.forEach(storage.posts()::save);
            storage.posts().save(draft);
            storage.posts().save(scheduled);
        });

        List<PostId> expected = published.stream()
                .sorted(Comparator.comparing((Post p) -> p.publishedAt().orElseThrow()).reversed())
                .map(Post::id).toList();
        Page<Post> first = inTx(() -> storage.posts().findPublished(new PageRequest(1, 10)));
        Page<Post> third = inTx(() -> storage.posts().findPublished(new PageRequest(3, 10)));
        assertEquals(23, first.totalItems());
        assertEquals(3, first.totalPages());
        assertEquals(expected.subList(0, 10), first.items().stream().map(Post::id).toList());
        assertEquals(expected.subList(20, 23), third.items().stream().map(Post::id).toList());
        Page<Post> beyond = inTx(() -> storage.posts().findPublished(new PageRequest(4, 10)));
        assertEquals(List.of(), beyond.items());
        assertEquals(23, beyond.totalItems());
        assertEquals(25, inTx(() -> storage.posts().count()));
    }

    @Test
    void the_published_total_follows_publication_withdrawal_and_deletion() {
        Post first = PostFixtures.aPublishedPost("first-total", T0);
        Post second = PostFixtures.aDraftPost();
        inTx(() -> {
            storage.posts().save(first);
            storage.posts().save(second);
        });
        assertEquals(1, publishedTotal());

        Post publishing = inTx(() -> storage.posts().findById(second.id())).orElseThrow();
        publishing.publish(T0.plusSeconds(5));
        inTx(() -> storage.posts().save(publishing));
        assertEquals(2, publishedTotal());

        Post withdrawing = inTx(() -> storage.posts().findById(first.id())).orElseThrow();
        withdrawing.unpublish(T0.plusSeconds(6));
        inTx(() -> storage.posts().save(withdrawing));
        assertEquals(1, publishedTotal());

        Post revised = inTx(() -> storage.posts().findById(second.id())).orElseThrow();
        revised.revise(new PostContent("Revised", "Body", ""));
        inTx(() -> storage.posts().save(revised));
        assertEquals(1, publishedTotal(), "an edit of a published post leaves the total alone");

        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.posts().delete(storage.posts().findById(second.id()).orElseThrow());
            throw new IllegalStateException("undone");
        }));
        assertEquals(1, publishedTotal(), "an undone deletion leaves the total alone");
        inTx(() -> storage.posts().delete(storage.posts().findById(second.id()).orElseThrow()));
        assertEquals(0, publishedTotal());
    }

    private long publishedTotal() {
        return inTx(() -> storage.posts().findPublished(PageRequest.first(1))).totalItems();
    }

    @Test
    void posts_published_at_the_same_time_keep_a_stable_order() {
        List<Post> sameTime = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sameTime.add(PostFixtures.aPublishedPost("same-time-" + i, T0));
        }
        inTx(() -> sameTime.forEach(storage.posts()::save));
        List<PostId> pageByPage = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            int p = page;
            inTx(() -> storage.posts().findPublished(new PageRequest(p, 2))).items().forEach(post -> pageByPage.add(post.id()));
        }
        assertEquals(6, pageByPage.stream().distinct().count(), "no post is skipped or repeated across pages");
        assertEquals(pageByPage, inTx(() -> storage.posts().findPublished(new PageRequest(1, 6))).items().stream()
                .map(Post::id).toList());
    }

    @Test
    void lists_the_published_posts_tagged_with_a_city() {
        PartnerCity graz = PartnerCityFixtures.graz();
        PartnerCityId grazId = graz.id();
        Post aboutGraz = PostFixtures.aPublishedPost("about-graz", T0, List.of(grazId));
        Post alsoGraz = PostFixtures.aPublishedPost("also-graz", T0.plusSeconds(60), List.of(PartnerCityId.generate(), grazId));
        Post elsewhere = PostFixtures.aPublishedPost("elsewhere", T0.plusSeconds(120));
        Post draftAboutGraz = PostFixtures.aDraftPost();
        draftAboutGraz.tagPartnerCities(List.of(grazId));
        inTx(() -> {
            storage.cities().save(graz);
            List.of(aboutGraz, alsoGraz, elsewhere, draftAboutGraz).forEach(storage.posts()::save);
        });

        Page<Post> page = inTx(() -> storage.posts().findPublishedByPartnerCity(EN, grazId, PageRequest.first(10)));
        assertEquals(List.of(alsoGraz.id(), aboutGraz.id()), page.items().stream().map(Post::id).toList());
        assertEquals(2, page.totalItems());
    }

    @Test
    void lists_the_published_posts_filed_under_a_topic_and_keeps_their_topics_in_order() {
        Topic housing = TopicFixtures.housing();
        Topic culture = TopicFixtures.aTopic("culture", "Culture");
        Post aboutHousing = PostFixtures.aPublishedPost("about-housing", T0);
        aboutHousing.fileUnder(List.of(culture.id(), housing.id()));
        Post alsoHousing = PostFixtures.aPublishedPost("also-housing", T0.plusSeconds(60));
        alsoHousing.fileUnder(List.of(housing.id()));
        Post elsewhere = PostFixtures.aPublishedPost("elsewhere", T0.plusSeconds(120));
        elsewhere.fileUnder(List.of(culture.id()));
        Post draftOnHousing = PostFixtures.aDraftPost();
        draftOnHousing.fileUnder(List.of(housing.id()));
        inTx(() -> {
            storage.topics().save(housing);
            storage.topics().save(culture);
            List.of(aboutHousing, alsoHousing, elsewhere, draftOnHousing).forEach(storage.posts()::save);
        });

        Page<Post> page = inTx(() -> storage.posts().findPublishedByTopic(EN, housing.id(), PageRequest.first(10)));
        assertEquals(List.of(alsoHousing.id(), aboutHousing.id()), page.items().stream().map(Post::id).toList());
        assertEquals(2, page.totalItems());
        assertEquals(List.of(culture.id(), housing.id()), page.items().get(1).topics());

        Post refiled = inTx(() -> storage.posts().findById(aboutHousing.id())).orElseThrow();
        refiled.fileUnder(List.of(culture.id()));
        inTx(() -> storage.posts().save(refiled));
        assertEquals(List.of(alsoHousing.id()), inTx(() -> storage.posts()
                .findPublishedByTopic(EN, housing.id(), PageRequest.first(10))).items().stream().map(Post::id).toList());
        assertEquals(List.of(culture.id()), inTx(() -> storage.posts().findById(aboutHousing.id())).orElseThrow().topics());
    }

    @Test
    void keeps_the_order_an_editor_gives_when_cities_and_topics_are_reordered() {
        PartnerCity graz = PartnerCityFixtures.graz();
        PartnerCity york = PartnerCityFixtures.york();
        Topic housing = TopicFixtures.housing();
        Topic culture = TopicFixtures.aTopic("culture", "Culture");
        Post post = PostFixtures.aPublishedPost("reordered", T0, List.of(graz.id(), york.id()));
        post.fileUnder(List.of(housing.id(), culture.id()));
        inTx(() -> {
            storage.cities().save(graz);
            storage.cities().save(york);
            storage.topics().save(housing);
            storage.topics().save(culture);
            storage.posts().save(post);
        });

        Post stored = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        stored.tagPartnerCities(List.of(york.id(), graz.id()));
        stored.fileUnder(List.of(culture.id(), housing.id()));
        inTx(() -> storage.posts().save(stored));

        Post found = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        assertEquals(List.of(york.id(), graz.id()), found.partnerCities());
        assertEquals(List.of(culture.id(), housing.id()), found.topics());
    }

    @Test
    void deleting_a_post_removes_it_with_its_tags_and_all_its_comments() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Post doomed = PostFixtures.aPublishedPost("doomed", T0, List.of(graz.id()));
        Post kept = PostFixtures.aPublishedPost("kept", T0);
        Comment parent = CommentFixtures.anApprovedComment(doomed, T0);
        Comment reply = CommentFixtures.anApprovedReply(doomed, parent, T0.plusSeconds(1));
        Comment elsewhere = CommentFixtures.anApprovedComment(kept, T0);
        inTx(() -> {
            storage.cities().save(graz);
            storage.posts().save(doomed);
            storage.posts().save(kept);
            List.of(parent, reply, elsewhere).forEach(storage.comments()::save);
        });
        Post stored = inTx(() -> storage.posts().findById(doomed.id())).orElseThrow();

        inTx(() -> storage.posts().delete(stored));

        assertEquals(Optional.empty(), inTx(() -> storage.posts().findBySlug(EN, new Slug("doomed"))));
        assertEquals(Optional.empty(), inTx(() -> storage.comments().findById(reply.id())));
        assertEquals(0, inTx(() -> storage.posts().findPublishedByPartnerCity(EN, graz.id(), PageRequest.first(10))).totalItems());
        assertEquals(1, inTx(() -> storage.comments().count()));
        assertEquals(List.of(kept.id()), inTx(() -> storage.posts().findPublished(PageRequest.first(10))).items().stream()
                .map(Post::id).toList());
        Post reused = PostFixtures.aPublishedPost("doomed", T0);
        inTx(() -> storage.posts().save(reused));
    }

    @Test
    void refuses_to_delete_a_stale_copy_or_a_post_already_gone() {
        Post post = PostFixtures.aDraftPost();
        inTx(() -> storage.posts().save(post));
        Post stale = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        Post fresh = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        fresh.revise(new PostContent("Changed meanwhile", "Body", ""));
        inTx(() -> storage.posts().save(fresh));

        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.posts().delete(stale)));
        Post current = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        inTx(() -> storage.posts().delete(current));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.posts().delete(current)));
    }

    @Test
    void an_undone_deletion_leaves_the_post_and_its_comments() {
        Post post = PostFixtures.aPublishedPost("survivor", T0);
        Comment comment = CommentFixtures.anApprovedComment(post, T0);
        inTx(() -> {
            storage.posts().save(post);
            storage.comments().save(comment);
        });
        Post stored = inTx(() -> storage.posts().findById(post.id())).orElseThrow();

        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.posts().delete(stored);
            throw new IllegalStateException("the use case failed after the deletion");
        }));

        assertEquals(Optional.of(post.id()), inTx(() -> storage.posts().findBySlug(EN, new Slug("survivor"))).map(Post::id));
        assertEquals(List.of(comment.id()), inTx(() -> storage.comments().findApprovedByPost(post.id())).stream()
                .map(Comment::id).toList());
        assertEquals(1, inTx(() -> storage.posts().findPublished(PageRequest.first(10))).totalItems());
    }

    @Test
    void searches_published_posts_by_every_word_in_title_or_body_regardless_of_case() {
        Post housing = publishedWith("housing", "Housing as a Human Right", "Vienna and Utrecht compare notes.", T0);
        Post poverty = publishedWith("poverty", "Meeting on poverty", "Housing costs came up in Vienna too.", T0.plusSeconds(60));
        Post other = publishedWith("other", "Something else", "Nothing to see.", T0.plusSeconds(120));
        Post draft = Post.draft(PostId.generate(), EN, new Slug("draft-housing"),
                new PostContent("Housing draft", "Vienna housing", ""), "Editor", List.of(), true, T0);
        inTx(() -> List.of(housing, poverty, other, draft).forEach(storage.posts()::save));

        assertEquals(List.of(poverty.id(), housing.id()), search(List.of("housing")));
        assertEquals(List.of(poverty.id(), housing.id()), search(List.of("vienna", "housing")));
        assertEquals(List.of(housing.id()), search(List.of("human", "utrecht")));
        assertEquals(List.of(), search(List.of("housing", "nowhere")));
        assertEquals(1, inTx(() -> storage.posts().searchPublished(List.of("housing"), new PageRequest(2, 1))).items().size());
        assertEquals(2, inTx(() -> storage.posts().searchPublished(List.of("housing"), new PageRequest(2, 1))).totalItems());
    }

    @Test
    void search_words_are_plain_text_not_patterns() {
        Post percent = publishedWith("percent", "Rates", "Rent rose by 12% in a year.", T0);
        Post plain = publishedWith("plain", "Rates", "Rent rose by twelve in a year; a \\ backslash.", T0.plusSeconds(1));
        inTx(() -> List.of(percent, plain).forEach(storage.posts()::save));
        assertEquals(List.of(percent.id()), search(List.of("12%")));
        assertEquals(List.of(percent.id()), search(List.of("%")), "a percent sign is no wildcard");
        assertEquals(List.of(), search(List.of("r_nt")), "an underscore is no wildcard");
        assertEquals(List.of(plain.id()), search(List.of("\\")), "a backslash is itself");
    }

    private List<PostId> search(List<String> words) {
        return inTx(() -> storage.posts().searchPublished(words, PageRequest.first(20))).items().stream().map(Post::id).toList();
    }

    private static Post publishedWith(String slug, String title, String body, Instant at) {
        Post post = Post.draft(PostId.generate(), EN, new Slug(slug), new PostContent(title, body, ""), "Editor", List.of(), true, at);
        post.publish(at);
        return post;
    }

    // former slugs

    @Test
    void finds_a_published_post_by_the_slugs_it_had_before() {
        Post post = PostFixtures.aPublishedPost("first-address", T0);
        inTx(() -> storage.posts().save(post));
        Post renamed = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        renamed.changeSlug(new Slug("second-address"));
        inTx(() -> storage.posts().save(renamed));
        Post again = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        again.changeSlug(new Slug("third-address"));
        inTx(() -> storage.posts().save(again));

        for (String former : List.of("first-address", "second-address")) {
            Post found = inTx(() -> storage.posts().findByFormerSlug(EN, new Slug(former))).orElseThrow();
            assertEquals(post.id(), found.id());
            assertEquals(new Slug("third-address"), found.slug());
            assertEquals(Set.of(new Slug("first-address"), new Slug("second-address")), found.formerSlugs());
        }
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findBySlug(EN, new Slug("first-address"))));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findByFormerSlug(EN, new Slug("third-address"))));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findByFormerSlug(EN, new Slug("never-used"))));
    }

    @Test
    void taking_back_a_former_slug_swaps_it_with_the_current_one() {
        Post post = PostFixtures.aPublishedPost("first-address", T0);
        inTx(() -> storage.posts().save(post));
        Post renamed = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        renamed.changeSlug(new Slug("second-address"));
        inTx(() -> storage.posts().save(renamed));
        Post back = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        back.changeSlug(new Slug("first-address"));
        inTx(() -> storage.posts().save(back));

        assertEquals(Optional.of(post.id()), inTx(() -> storage.posts().findBySlug(EN, new Slug("first-address"))).map(Post::id));
        assertEquals(Optional.of(post.id()), inTx(() -> storage.posts().findByFormerSlug(EN, new Slug("second-address"))).map(Post::id));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findByFormerSlug(EN, new Slug("first-address"))));
    }

    @Test
    void a_former_slug_leads_to_one_post_only() {
        Post first = withFormerSlugs("current-one", "shared-former");
        inTx(() -> storage.posts().save(first));
        Post second = withFormerSlugs("current-two", "shared-former");

        SlugAlreadyTakenException e = assertThrows(SlugAlreadyTakenException.class,
                () -> inTx(() -> storage.posts().save(second)));

        assertEquals(new Slug("shared-former"), e.slug());
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findById(second.id())));
        assertEquals(Optional.of(first.id()), inTx(() -> storage.posts().findByFormerSlug(EN, new Slug("shared-former"))).map(Post::id));
    }

    @Test
    void dropping_a_former_slug_is_a_change_that_frees_it() {
        Post first = withFormerSlugs("current-one", "old-one");
        inTx(() -> storage.posts().save(first));
        Post stale = inTx(() -> storage.posts().findById(first.id())).orElseThrow();
        Post dropping = inTx(() -> storage.posts().findById(first.id())).orElseThrow();
        assertTrue(dropping.dropFormerSlug(new Slug("old-one")));
        inTx(() -> storage.posts().save(dropping));

        Post stored = inTx(() -> storage.posts().findById(first.id())).orElseThrow();
        assertTrue(stored.version() > dropping.version(), "the version moves on");
        assertEquals(Set.of(), stored.formerSlugs());
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.posts().save(stale)));
        Post second = withFormerSlugs("current-two", "old-one");
        inTx(() -> storage.posts().save(second));
        assertEquals(Optional.of(second.id()), inTx(() -> storage.posts().findByFormerSlug(EN, new Slug("old-one"))).map(Post::id));
    }

    @Test
    void deleting_a_post_frees_its_former_slugs() {
        Post doomed = withFormerSlugs("doomed-now", "doomed-before");
        inTx(() -> storage.posts().save(doomed));
        inTx(() -> storage.posts().delete(storage.posts().findById(doomed.id()).orElseThrow()));

        assertEquals(Optional.empty(), inTx(() -> storage.posts().findByFormerSlug(EN, new Slug("doomed-before"))));
        inTx(() -> storage.posts().save(withFormerSlugs("heir", "doomed-before")));
    }

    private static Post withFormerSlugs(String slug, String... former) {
        return Post.reconstitute(PostId.generate(), EN, null, new Slug(slug), Arrays.stream(former).map(Slug::new).toList(),
                PostFixtures.someContent(), "Editor", PostStatus.PUBLISHED, T0, List.of(), List.of(), true, T0, 0);
    }

    // the editors' list

    @Test
    void lists_posts_in_every_status_for_editors_most_recently_changed_first() {
        Post draft = PostFixtures.aDraftPost();
        draft.edit(PostFixtures.someContent(), new Slug("the-draft"), "Editor", List.of(), true, T0.plusSeconds(30));
        Post published = PostFixtures.aPublishedPost("the-published", T0.plusSeconds(10));
        Post scheduled = PostFixtures.aScheduledPost("the-scheduled", T0.plus(Duration.ofDays(3)));
        scheduled.edit(PostFixtures.someContent(), scheduled.slug(), "Editor", List.of(), true, T0.plusSeconds(20));
        inTx(() -> List.of(draft, published, scheduled).forEach(storage.posts()::save));

        Page<Post> all = inTx(() -> storage.posts().findForEditing(null, null, List.of(), PageRequest.first(10)));
        assertEquals(List.of(draft.id(), scheduled.id(), published.id()), all.items().stream().map(Post::id).toList());
        assertEquals(3, all.totalItems());
        Page<Post> second = inTx(() -> storage.posts().findForEditing(null, null, List.of(), new PageRequest(2, 2)));
        assertEquals(List.of(published.id()), second.items().stream().map(Post::id).toList());
        assertEquals(3, second.totalItems());
        assertEquals(List.of(scheduled.id()), inTx(() -> storage.posts().findForEditing(null, PostStatus.SCHEDULED, List.of(),
                PageRequest.first(10))).items().stream().map(Post::id).toList());
    }

    @Test
    void posts_changed_at_the_same_time_keep_a_stable_order_for_editors() {
        List<Post> sameTime = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sameTime.add(Post.draft(PostId.generate(), EN, new Slug("same-" + i), PostFixtures.someContent(), "Editor",
                    List.of(), true, T0));
        }
        inTx(() -> sameTime.forEach(storage.posts()::save));
        List<PostId> pageByPage = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            int p = page;
            inTx(() -> storage.posts().findForEditing(null, PostStatus.DRAFT, List.of(), new PageRequest(p, 2))).items()
                    .forEach(post -> pageByPage.add(post.id()));
        }
        assertEquals(5, pageByPage.stream().distinct().count(), "no post is skipped or repeated across pages");
        assertEquals(pageByPage, inTx(() -> storage.posts().findForEditing(null, null, List.of(), PageRequest.first(5)))
                .items().stream().map(Post::id).toList());
    }

    @Test
    void editors_search_every_status_by_every_word_as_plain_text() {
        Post housing = publishedWith("housing", "Housing as a Human Right", "Vienna and Utrecht compare notes.", T0);
        Post draft = Post.draft(PostId.generate(), EN, new Slug("draft-housing"),
                new PostContent("Housing draft", "Vienna housing at 12%", ""), "Editor", List.of(), true, T0.plusSeconds(5));
        Post other = publishedWith("other", "Something else", "Nothing to see.", T0.plusSeconds(10));
        inTx(() -> List.of(housing, draft, other).forEach(storage.posts()::save));

        assertEquals(List.of(draft.id(), housing.id()), editing(null, List.of("vienna", "housing")));
        assertEquals(List.of(housing.id()), editing(PostStatus.PUBLISHED, List.of("housing")));
        assertEquals(List.of(draft.id()), editing(PostStatus.DRAFT, List.of("12%")));
        assertEquals(List.of(), editing(null, List.of("%", "nowhere")));
        assertEquals(List.of(), editing(null, List.of("h_using")), "an underscore is no wildcard");
        assertEquals(2, inTx(() -> storage.posts().findForEditing(null, null, List.of("housing"), new PageRequest(2, 1))).totalItems());
    }

    private List<PostId> editing(PostStatus status, List<String> words) {
        return inTx(() -> storage.posts().findForEditing(null, status, words, PageRequest.first(20))).items().stream()
                .map(Post::id).toList();
    }

    @Test
    void counts_the_posts_in_each_status() {
        assertEquals(Map.of(PostStatus.DRAFT, 0L, PostStatus.SCHEDULED, 0L, PostStatus.PUBLISHED, 0L),
                inTx(() -> storage.posts().countByStatus()));
        inTx(() -> {
            storage.posts().save(PostFixtures.aDraftPost());
            storage.posts().save(PostFixtures.aPublishedPost("one", T0));
            storage.posts().save(PostFixtures.aPublishedPost("two", T0));
        });
        assertEquals(Map.of(PostStatus.DRAFT, 1L, PostStatus.SCHEDULED, 0L, PostStatus.PUBLISHED, 2L),
                inTx(() -> storage.posts().countByStatus()));
    }

    // scheduled publication

    @Test
    void finds_the_scheduled_posts_that_are_due_longest_due_first() {
        Post dueEarlier = PostFixtures.aScheduledPost("due-earlier", T0.minusSeconds(60));
        Post dueNow = PostFixtures.aScheduledPost("due-now", T0);
        Post notYet = PostFixtures.aScheduledPost("not-yet", T0.plusNanos(1000));
        Post published = PostFixtures.aPublishedPost("published-before", T0.minusSeconds(120));
        Post draft = PostFixtures.aDraftPost();
        inTx(() -> List.of(dueNow, notYet, dueEarlier, published, draft).forEach(storage.posts()::save));

        assertEquals(List.of(dueEarlier.id(), dueNow.id()),
                inTx(() -> storage.posts().findDueScheduled(T0, 10)).stream().map(Post::id).toList());
        assertEquals(List.of(dueEarlier.id()),
                inTx(() -> storage.posts().findDueScheduled(T0, 1)).stream().map(Post::id).toList());
        assertEquals(List.of(), inTx(() -> storage.posts().findDueScheduled(T0.minusSeconds(61), 10)));
    }

    @Test
    void publishing_a_due_post_counts_it_among_the_published() {
        Post scheduled = PostFixtures.aScheduledPost("on-time", T0);
        inTx(() -> storage.posts().save(scheduled));
        assertEquals(0, publishedTotal());

        Post due = inTx(() -> storage.posts().findDueScheduled(T0, 10)).get(0);
        assertTrue(due.publishIfDue(T0));
        inTx(() -> storage.posts().save(due));

        assertEquals(1, publishedTotal());
        assertEquals(List.of(scheduled.id()), inTx(() -> storage.posts().findPublished(PageRequest.first(10))).items()
                .stream().map(Post::id).toList());
        assertEquals(List.of(), inTx(() -> storage.posts().findDueScheduled(T0, 10)));
    }

    // languages and translations

    @Test
    void stores_a_posts_language_and_translation_group() {
        Post original = PostFixtures.aPublishedPost("harbour", T0);
        Post french = translated(original, FR, "le-port");
        inTx(() -> {
            storage.posts().save(original);
            storage.posts().save(french);
        });

        Post storedOriginal = inTx(() -> storage.posts().findById(original.id())).orElseThrow();
        Post storedFrench = inTx(() -> storage.posts().findById(french.id())).orElseThrow();
        assertEquals(EN, storedOriginal.language());
        assertEquals(Optional.empty(), storedOriginal.translationOf());
        assertEquals(FR, storedFrench.language());
        assertEquals(Optional.of(original.id()), storedFrench.translationOf());
        assertEquals(original.id(), storedFrench.translationGroup());
    }

    @Test
    void the_same_slug_may_be_used_once_in_each_language() {
        Post english = PostFixtures.aPublishedPost("festival", T0);
        Post french = translated(english, FR, "festival");
        Post german = Post.draft(PostId.generate(), DE, new Slug("festival"), PostFixtures.someContent(), "Editor",
                List.of(), true, T0);
        inTx(() -> List.of(english, french, german).forEach(storage.posts()::save));

        assertEquals(Optional.of(english.id()), inTx(() -> storage.posts().findBySlug(EN, new Slug("festival"))).map(Post::id));
        assertEquals(Optional.of(french.id()), inTx(() -> storage.posts().findBySlug(FR, new Slug("festival"))).map(Post::id));
        assertEquals(Optional.of(german.id()), inTx(() -> storage.posts().findBySlug(DE, new Slug("festival"))).map(Post::id));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findBySlug(new Language("es"), new Slug("festival"))));
    }

    @Test
    void a_slug_is_refused_when_another_post_in_its_language_has_it() {
        Post english = PostFixtures.aPublishedPost("the-report", T0);
        Post french = Post.draft(PostId.generate(), FR, new Slug("rapport"), PostFixtures.someContent(), "Editor",
                List.of(), true, T0);
        inTx(() -> {
            storage.posts().save(english);
            storage.posts().save(french);
        });
        Post secondFrench = Post.draft(PostId.generate(), FR, new Slug("rapport"), PostFixtures.someContent(), "Editor",
                List.of(), true, T0);

        SlugAlreadyTakenException refused = assertThrows(SlugAlreadyTakenException.class,
                () -> inTx(() -> storage.posts().save(secondFrench)));

        assertEquals(new Slug("rapport"), refused.slug());
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findById(secondFrench.id())));
        Post renamed = inTx(() -> storage.posts().findById(english.id())).orElseThrow();
        renamed.changeSlug(new Slug("rapport"));
        inTx(() -> storage.posts().save(renamed));
        assertEquals(Optional.of(english.id()), inTx(() -> storage.posts().findBySlug(EN, new Slug("rapport"))).map(Post::id));
        assertEquals(Optional.of(english.id()), inTx(() -> storage.posts().findByFormerSlug(EN, new Slug("the-report")))
                .map(Post::id));
    }

    @Test
    void a_former_slug_leads_to_one_post_in_each_language() {
        Post english = withFormerSlugs(EN, "now-en", "old-address");
        Post french = withFormerSlugs(FR, "now-fr", "old-address");
        inTx(() -> {
            storage.posts().save(english);
            storage.posts().save(french);
        });

        assertEquals(Optional.of(english.id()), inTx(() -> storage.posts().findByFormerSlug(EN, new Slug("old-address")))
                .map(Post::id));
        assertEquals(Optional.of(french.id()), inTx(() -> storage.posts().findByFormerSlug(FR, new Slug("old-address")))
                .map(Post::id));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findByFormerSlug(DE, new Slug("old-address"))));
        Post secondFrench = withFormerSlugs(FR, "other-fr", "old-address");
        assertThrows(SlugAlreadyTakenException.class, () -> inTx(() -> storage.posts().save(secondFrench)));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findById(secondFrench.id())));
    }

    @Test
    void a_translated_post_and_its_translation_keep_their_former_slugs_when_renamed() {
        Post original = PostFixtures.aPublishedPost("new-year", T0);
        Post french = translated(original, FR, "nouvel-an");
        french.publish(T0.plusSeconds(2));
        Post german = translated(original, DE, "neujahr");
        german.publish(T0.plusSeconds(3));
        inTx(() -> List.of(original, french, german).forEach(storage.posts()::save));

        renameAsAnEditorDoes(original.id(), EN, "happy-new-year");
        renameAsAnEditorDoes(french.id(), FR, "bonne-annee");

        assertEquals(Optional.of(original.id()), inTx(() -> storage.posts().findBySlug(EN, new Slug("happy-new-year")))
                .map(Post::id));
        assertEquals(Optional.of(original.id()), inTx(() -> storage.posts().findByFormerSlug(EN, new Slug("new-year")))
                .map(Post::id));
        assertEquals(Optional.of(french.id()), inTx(() -> storage.posts().findBySlug(FR, new Slug("bonne-annee")))
                .map(Post::id));
        assertEquals(Optional.of(french.id()), inTx(() -> storage.posts().findByFormerSlug(FR, new Slug("nouvel-an")))
                .map(Post::id));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findByFormerSlug(FR, new Slug("new-year"))));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findByFormerSlug(EN, new Slug("nouvel-an"))));
        assertEquals(Set.of(new Slug("new-year")),
                inTx(() -> storage.posts().findById(original.id())).orElseThrow().formerSlugs());
        assertEquals(Set.of(new Slug("nouvel-an")),
                inTx(() -> storage.posts().findById(french.id())).orElseThrow().formerSlugs());
        assertEquals(Set.of(), inTx(() -> storage.posts().findById(german.id())).orElseThrow().formerSlugs());
    }

    /**
     * Gives a post a new slug in one transaction with the reads an editor's save makes around it: the post,
     * the owners of the slug, the post again and the posts of its translation group, published or not.
     */
    private void renameAsAnEditorDoes(PostId id, Language language, String slug) {
        inTx(() -> {
            Post post = storage.posts().findById(id).orElseThrow();
            assertEquals(Optional.empty(), storage.posts().findBySlug(language, new Slug(slug)));
            assertEquals(Optional.empty(), storage.posts().findByFormerSlug(language, new Slug(slug)));
            post.changeSlug(new Slug(slug));
            storage.posts().save(post);
            Post reloaded = storage.posts().findById(id).orElseThrow();
            assertEquals(new Slug(slug), reloaded.slug());
            assertEquals(3, storage.posts().findTranslations(reloaded.translationGroup()).size());
            assertEquals(3, storage.posts().findPublishedOfGroups(List.of(reloaded.translationGroup())).size());
        });
    }

    @Test
    void a_translation_group_holds_one_post_per_language() {
        Post original = PostFixtures.aPublishedPost("rights", T0);
        Post french = translated(original, FR, "droits");
        inTx(() -> {
            storage.posts().save(original);
            storage.posts().save(french);
        });
        Post secondFrench = translated(original, FR, "autres-droits");
        Post backIntoEnglish = french.translate(PostId.generate(), EN, new Slug("rights-again"),
                PostFixtures.someContent(), "Editor", T0);

        TranslationAlreadyExistsException refused = assertThrows(TranslationAlreadyExistsException.class,
                () -> inTx(() -> storage.posts().save(secondFrench)));
        assertEquals(original.id(), refused.translationGroup());
        assertEquals(FR, refused.language());
        assertThrows(TranslationAlreadyExistsException.class, () -> inTx(() -> storage.posts().save(backIntoEnglish)));

        assertEquals(Optional.empty(), inTx(() -> storage.posts().findById(secondFrench.id())));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findBySlug(FR, new Slug("autres-droits"))));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findById(backIntoEnglish.id())));
        assertEquals(List.of(original.id(), french.id()), inTx(() -> storage.posts().findTranslations(original.id()))
                .stream().map(Post::id).toList());
        assertEquals(2, inTx(() -> storage.posts().count()));
    }

    @Test
    void finds_every_post_of_a_translation_group_in_any_status_by_language() {
        Post original = PostFixtures.aPublishedPost("assembly", T0);
        Post french = translated(original, FR, "assemblee");
        Post german = translated(original, DE, "versammlung");
        german.publish(T0.plusSeconds(5));
        Post unrelated = PostFixtures.aPublishedPost("unrelated", T0);
        inTx(() -> List.of(french, unrelated, german, original).forEach(storage.posts()::save));

        assertEquals(List.of(german.id(), original.id(), french.id()),
                inTx(() -> storage.posts().findTranslations(original.id())).stream().map(Post::id).toList(),
                "de, en, fr");
        assertEquals(List.of(unrelated.id()),
                inTx(() -> storage.posts().findTranslations(unrelated.id())).stream().map(Post::id).toList());
        assertEquals(List.of(), inTx(() -> storage.posts().findTranslations(PostId.generate())));
        assertEquals(Set.of(original.id(), german.id(), unrelated.id()),
                inTx(() -> storage.posts().findPublishedOfGroups(List.of(original.id(), unrelated.id()))).stream()
                        .map(Post::id).collect(java.util.stream.Collectors.toSet()),
                "the published posts of the groups only");
        assertEquals(List.of(), inTx(() -> storage.posts().findPublishedOfGroups(List.of())));
    }

    @Test
    void lists_the_published_posts_of_one_language() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Topic housing = TopicFixtures.housing();
        inTx(() -> {
            storage.cities().save(graz);
            storage.topics().save(housing);
        });
        Post english = PostFixtures.aPublishedPost("english-one", T0, List.of(graz.id()));
        english.fileUnder(List.of(housing.id()));
        Post french = translated(english, FR, "francais-un");
        french.publish(T0.plusSeconds(60));
        Post secondEnglish = PostFixtures.aPublishedPost("english-two", T0.plusSeconds(120));
        inTx(() -> List.of(english, french, secondEnglish).forEach(storage.posts()::save));

        Page<Post> inEnglish = inTx(() -> storage.posts().findPublished(EN, PageRequest.first(10)));
        assertEquals(List.of(secondEnglish.id(), english.id()), inEnglish.items().stream().map(Post::id).toList());
        assertEquals(2, inEnglish.totalItems());
        Page<Post> inFrench = inTx(() -> storage.posts().findPublished(FR, PageRequest.first(10)));
        assertEquals(List.of(french.id()), inFrench.items().stream().map(Post::id).toList());
        assertEquals(1, inFrench.totalItems());
        assertEquals(0, inTx(() -> storage.posts().findPublished(DE, PageRequest.first(10))).totalItems());
        assertEquals(3, inTx(() -> storage.posts().findPublished(PageRequest.first(10))).totalItems(), "every language");

        assertEquals(List.of(french.id()), inTx(() -> storage.posts().findPublishedByPartnerCity(FR, graz.id(),
                PageRequest.first(10))).items().stream().map(Post::id).toList());
        assertEquals(List.of(english.id()), inTx(() -> storage.posts().findPublishedByPartnerCity(EN, graz.id(),
                PageRequest.first(10))).items().stream().map(Post::id).toList());
        Page<Post> filedInFrench = inTx(() -> storage.posts().findPublishedByTopic(FR, housing.id(), PageRequest.first(10)));
        assertEquals(List.of(french.id()), filedInFrench.items().stream().map(Post::id).toList());
        assertEquals(1, filedInFrench.totalItems());
        assertEquals(List.of(english.id()), inTx(() -> storage.posts().findPublishedByTopic(EN, housing.id(),
                PageRequest.first(10))).items().stream().map(Post::id).toList());
    }

    @Test
    void a_translation_has_its_own_status() {
        Post original = PostFixtures.aPublishedPost("published-original", T0);
        Post french = translated(original, FR, "traduction-en-cours");
        inTx(() -> {
            storage.posts().save(original);
            storage.posts().save(french);
        });

        assertEquals(List.of(original.id()), inTx(() -> storage.posts().findPublished(PageRequest.first(10))).items()
                .stream().map(Post::id).toList());
        assertEquals(List.of(), inTx(() -> storage.posts().findPublished(FR, PageRequest.first(10))).items());
        assertEquals(PostStatus.DRAFT, inTx(() -> storage.posts().findById(french.id())).orElseThrow().status());
        assertEquals(Map.of(PostStatus.DRAFT, 1L, PostStatus.SCHEDULED, 0L, PostStatus.PUBLISHED, 1L),
                inTx(() -> storage.posts().countByStatus()));
    }

    @Test
    void editors_may_list_the_posts_of_one_language() {
        Post original = PostFixtures.aPublishedPost("for-editors", T0);
        Post french = translated(original, FR, "pour-les-redacteurs");
        inTx(() -> {
            storage.posts().save(original);
            storage.posts().save(french);
        });

        assertEquals(List.of(french.id()), inTx(() -> storage.posts().findForEditing(FR, null, List.of(),
                PageRequest.first(10))).items().stream().map(Post::id).toList());
        assertEquals(1, inTx(() -> storage.posts().findForEditing(EN, null, List.of(), PageRequest.first(10))).totalItems());
        assertEquals(List.of(), inTx(() -> storage.posts().findForEditing(FR, PostStatus.PUBLISHED, List.of(),
                PageRequest.first(10))).items());
        assertEquals(2, inTx(() -> storage.posts().findForEditing(null, null, List.of(), PageRequest.first(10))).totalItems());
    }

    private static Post translated(Post original, Language language, String slug) {
        return original.translate(PostId.generate(), language, new Slug(slug), PostFixtures.someContent(), "Editor",
                T0.plusSeconds(1));
    }

    private static Post withFormerSlugs(Language language, String slug, String... former) {
        return Post.reconstitute(PostId.generate(), language, null, new Slug(slug),
                Arrays.stream(former).map(Slug::new).toList(), PostFixtures.someContent(), "Editor",
                PostStatus.PUBLISHED, T0, List.of(), List.of(), true, T0, 0);
    }
}
