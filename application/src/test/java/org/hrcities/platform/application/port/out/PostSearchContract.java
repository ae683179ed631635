package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.search.SearchTerms;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PostSearchPort} must do, on the storage whose writes it follows: each adapter's
 * test returns its empty storage and the search port that belongs to it.
 */
public abstract class PostSearchContract extends StorageContract {

    private static final PageRequest FIRST = PageRequest.first(10);

    /** The search port of the storage that {@link #emptyStorage()} handed out last. */
    protected abstract PostSearchPort search();

    // --- what is found -------------------------------------------------------------------------------------------

    @Test
    void finds_a_word_by_its_stem_in_english() {
        Post cities = published("Human rights cities meet", "Delegates of the network came together.", T0);
        Post city = published("A city joins", "Lund is the newest member.", T0.plusSeconds(60));

        assertEquals(Set.of(city.id(), cities.id()), found(find("city")));
        assertEquals(Set.of(city.id(), cities.id()), found(find("cities")));
    }

    @Test
    void finds_a_french_post_by_the_stem_of_its_words() {
        Post droits = published(PostFixtures.FRENCH, "Les droits des enfants", "La ville publie son rapport annuel.", T0);
        Post droit = published(PostFixtures.FRENCH, "Un droit au logement", "Le conseil a voté.", T0.plusSeconds(60));

        assertEquals(Set.of(droit.id(), droits.id()), found(find("droit")));
        assertEquals(Set.of(droit.id(), droits.id()), found(find("droits")));
    }

    @Test
    void finds_a_french_translation_in_french_by_the_stem_of_its_words() {
        Post original = published("The rights of children", "The city publishes its yearly report.", T0);
        Post french = original.translate(PostId.generate(), PostFixtures.FRENCH, null,
                new PostContent("Les droits des enfants", "La ville publie son rapport annuel.", ""), "Équipe", T0);
        french.publish(T0.plusSeconds(60));
        inTx(() -> storage.posts().save(french));

        assertEquals(List.of(french.id()), ids(inTx(() -> search().search(new PostSearchQuery(terms("droit"), null, null,
                "fr", FIRST)))));
        assertEquals(List.of(), ids(inTx(() -> search().search(new PostSearchQuery(terms("droit"), null, null, "en",
                FIRST)))));
        assertEquals(List.of(original.id()), ids(inTx(() -> search().search(new PostSearchQuery(terms("right"), null,
                null, "en", FIRST)))));
    }

    @Test
    void folds_accents_in_the_text_and_in_the_search() {
        Post accented = published("Le résumé du rapport", "Café et dialogue à Genève.", T0);
        Post plain = published("A resume of the year", "Cafe talks in Geneve.", T0.plusSeconds(60));

        assertEquals(Set.of(plain.id(), accented.id()), found(find("resume")));
        assertEquals(Set.of(plain.id(), accented.id()), found(find("résumé")));
        assertEquals(Set.of(plain.id(), accented.id()), found(find("GENÈVE")));
    }

    @Test
    void matches_a_quoted_phrase_as_a_phrase_and_words_anywhere() {
        Post phrase = published("Report", "Every human rights city writes a report.", T0);
        Post apart = published("Report", "The rights of every human in the city.", T0.plusSeconds(60));

        assertEquals(List.of(phrase.id()), ids(find("\"human rights\"")));
        assertEquals(Set.of(apart.id(), phrase.id()), found(find("human rights")));
        assertEquals(List.of(phrase.id()), ids(find("report \"human rights city\"")));
    }

    @Test
    void finds_only_posts_that_hold_every_word() {
        Post both = published("Housing and water", "Both matter.", T0);
        published("Housing", "Only one matters here.", T0.plusSeconds(60));

        assertEquals(List.of(both.id()), ids(find("housing water")));
    }

    // --- ranking -------------------------------------------------------------------------------------------------

    @Test
    void ranks_a_match_in_the_title_above_a_match_in_the_text() {
        Post inText = published("News of the month", "Housing, housing and again housing.", T0.plusSeconds(3_600));
        Post inTitle = published("Housing for all", "The council decided.", T0);

        assertEquals(List.of(inTitle.id(), inText.id()), ids(find("housing")));
    }

    @Test
    void ranks_the_more_recent_first_when_matches_are_equal() {
        Post older = published("Budget report", "The budget was adopted.", T0);
        Post newer = published("Budget report", "The budget was adopted.", T0.plusSeconds(86_400));
        Post oldest = published("Budget report", "The budget was adopted.", T0.minusSeconds(86_400));

        assertEquals(List.of(newer.id(), older.id(), oldest.id()), ids(find("budget")));
    }

    // --- narrowing and paging ------------------------------------------------------------------------------------

    @Test
    void narrows_by_partner_city_topic_and_language() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Topic housing = TopicFixtures.housing();
        inTx(() -> {
            storage.cities().save(graz);
            storage.topics().save(housing);
        });
        Post inGraz = published("Festival in Graz", "A festival of rights.", T0, List.of(graz.id()));
        Post filed = PostFixtures2.published("Festival of housing", "A festival of rights.", T0.plusSeconds(60), List.of());
        filed.fileUnder(List.of(housing.id()));
        inTx(() -> storage.posts().save(filed));
        Post french = published(PostFixtures.FRENCH, "Le festival", "Un festival des droits.", T0.plusSeconds(120));

        assertEquals(3, find("festival").totalItems());
        assertEquals(List.of(inGraz.id()), ids(inTx(() -> search().search(new PostSearchQuery(terms("festival"), graz.id(), null,
                null, FIRST)))));
        assertEquals(List.of(filed.id()), ids(inTx(() -> search().search(new PostSearchQuery(terms("festival"), null, housing.id(),
                null, FIRST)))));
        assertEquals(List.of(french.id()), ids(inTx(() -> search().search(new PostSearchQuery(terms("festival"), null, null, "fr",
                FIRST)))));
        assertEquals(Set.of(filed.id(), inGraz.id()), found(inTx(() -> search().search(new PostSearchQuery(
                terms("festival"), null, null, "en", FIRST)))));
        assertEquals(List.of(), ids(inTx(() -> search().search(new PostSearchQuery(terms("festival"), PartnerCityId.generate(), null,
                null, FIRST)))));
    }

    @Test
    void pages_the_results_with_the_total_of_all() {
        for (int i = 0; i < 5; i++) {
            published("Assembly " + i, "The assembly met.", T0.plusSeconds(i));
        }

        Page<PostSearchHit> second = inTx(() -> search().search(PostSearchQuery.of(terms("assembly"), new PageRequest(2, 2))));
        Page<PostSearchHit> third = inTx(() -> search().search(PostSearchQuery.of(terms("assembly"), new PageRequest(3, 2))));
        Page<PostSearchHit> beyond = inTx(() -> search().search(PostSearchQuery.of(terms("assembly"), new PageRequest(9, 2))));

        assertEquals(2, second.items().size());
        assertEquals(5, second.totalItems());
        assertEquals(1, third.items().size());
        assertEquals(5, third.totalItems());
        assertEquals(List.of(), beyond.items());
    }

    @Test
    void marks_the_matched_words_in_the_snippet() {
        published("Yearly report", "The council met twice. Two cities signed the housing declaration today.", T0);

        PostSearchHit hit = find("city housing").items().get(0);

        assertTrue(hit.snippet().text().contains("Two cities signed the housing declaration"), hit.snippet().text());
        assertEquals(List.of("cities", "housing"), hit.snippet().matches());
    }

    @Test
    void marks_the_matched_words_when_the_search_is_narrowed() {
        PartnerCity graz = PartnerCityFixtures.graz();
        inTx(() -> storage.cities().save(graz));
        published("Yearly report", "The council met twice. Two cities signed the housing declaration today.", T0,
                List.of(graz.id()));

        for (PostSearchQuery narrowed : List.of(
                new PostSearchQuery(terms("city housing"), null, null, "en", FIRST),
                new PostSearchQuery(terms("city housing"), graz.id(), null, null, FIRST))) {
            PostSearchHit hit = inTx(() -> search().search(narrowed)).items().get(0);
            assertEquals(List.of("cities", "housing"), hit.snippet().matches(), narrowed.toString());
        }
    }

    @Test
    void marks_a_phrase_in_the_snippet() {
        published("Yearly report", "The rights of every human. A human rights city at last.", T0);

        PostSearchHit hit = find("\"human rights\"").items().get(0);

        assertTrue(String.join(" ", hit.snippet().matches()).contains("human"), hit.snippet().segments().toString());
        assertTrue(hit.snippet().matches().stream().anyMatch(match -> match.contains("rights")),
                hit.snippet().segments().toString());
    }

    // --- kept in step with writes --------------------------------------------------------------------------------

    @Test
    void never_finds_drafts() {
        Post draft = Post.draft(PostId.generate(), PostFixtures.ENGLISH, new Slug("a-draft"), new PostContent("Secret plans", "Secret body.", ""),
                "Editor", List.of(), true, T0);
        inTx(() -> storage.posts().save(draft));

        assertEquals(0, find("secret").totalItems());
    }

    @Test
    void finds_a_scheduled_post_only_once_it_is_published() {
        Post scheduled = Post.draft(PostId.generate(), PostFixtures.ENGLISH, new Slug("scheduled"), new PostContent("Coming soon", "Solstice.", ""),
                "Editor", List.of(), true, T0);
        scheduled.schedule(T0.plusSeconds(3_600), T0);
        inTx(() -> storage.posts().save(scheduled));
        assertEquals(0, find("solstice").totalItems());

        Post stored = inTx(() -> storage.posts().findById(scheduled.id())).orElseThrow();
        stored.publishIfDue(T0.plusSeconds(3_600));
        inTx(() -> storage.posts().save(stored));

        assertEquals(List.of(scheduled.id()), ids(find("solstice")));
    }

    @Test
    void loses_a_post_once_unpublished_or_deleted() {
        Post unpublished = published("Library opening", "The library opens.", T0);
        Post deleted = published("Library closing", "The library closes.", T0.plusSeconds(60));
        assertEquals(2, find("library").totalItems());

        Post stored = inTx(() -> storage.posts().findById(unpublished.id())).orElseThrow();
        stored.unpublish(T0.plusSeconds(120));
        inTx(() -> storage.posts().save(stored));
        Post toDelete = inTx(() -> storage.posts().findById(deleted.id())).orElseThrow();
        inTx(() -> storage.posts().delete(toDelete));

        assertEquals(0, find("library").totalItems());
    }

    @Test
    void finds_an_edited_post_by_its_new_words_and_not_its_old_ones() {
        Post post = published("Old title", "About the harbour.", T0);

        Post stored = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        stored.revise(new PostContent("New title", "About the lighthouse.", ""));
        inTx(() -> storage.posts().save(stored));

        assertEquals(0, find("harbour").totalItems());
        assertEquals(List.of(post.id()), ids(find("lighthouse")));
    }

    @Test
    void leaves_the_search_as_it_was_when_a_transaction_rolls_back() {
        Post kept = published("Harbour festival", "Boats.", T0);
        Post rolledBack = PostFixtures2.published("Harbour market", "Stalls.", T0.plusSeconds(60), List.of());
        Post edited = inTx(() -> storage.posts().findById(kept.id())).orElseThrow();
        edited.revise(new PostContent("Lighthouse festival", "Boats.", ""));

        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.posts().save(rolledBack);
            storage.posts().save(edited);
            throw new IllegalStateException("the second write fails");
        }));

        assertEquals(List.of(kept.id()), ids(find("harbour")));
        assertEquals(0, find("lighthouse").totalItems());
        assertEquals(0, find("stalls").totalItems());
    }

    // --- bad input -----------------------------------------------------------------------------------------------

    @Test
    void answers_bad_input_with_an_empty_page_never_a_failure() {
        published("Something to find", "The text.", T0);

        for (String typed : List.of("", "   ", "\"\"\"", "-\"", "&|!():*", "\"unbalanced", "x".repeat(5_000),
                "the of and", "'; DROP TABLE posts; --", "a:* & !b | (c <-> d)", "\\", "%_%")) {
            Page<PostSearchHit> found = find(typed);
            assertTrue(found.totalItems() >= 0, typed);
        }
        assertEquals(0, inTx(() -> search().search(PostSearchQuery.of(terms("something"),
                new PageRequest(PostSearchQuery.MAX_RESULTS, 10)))).items().size());
        assertEquals(1, find("something").totalItems(), "the storage still answers");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private Post published(String title, String text, Instant at) {
        return published(title, text, at, List.of());
    }

    private Post published(Language language, String title, String text, Instant at) {
        Post post = PostFixtures2.published(language, title, text, at, List.of());
        inTx(() -> storage.posts().save(post));
        return post;
    }

    private Post published(String title, String text, Instant at, List<PartnerCityId> cities) {
        Post post = PostFixtures2.published(title, text, at, cities);
        inTx(() -> storage.posts().save(post));
        return post;
    }

    private Page<PostSearchHit> find(String typed) {
        return inTx(() -> search().search(PostSearchQuery.of(terms(typed), FIRST)));
    }

    private static SearchTerms terms(String typed) {
        return SearchTerms.parse(typed);
    }

    private static Set<PostId> found(Page<PostSearchHit> page) {
        return page.items().stream().map(PostSearchHit::post).collect(Collectors.toSet());
    }

    private static List<PostId> ids(Page<PostSearchHit> page) {
        return page.items().stream().map(PostSearchHit::post).toList();
    }

    /** Published posts with the given words, each with a slug of its own. */
    private static final class PostFixtures2 {

        private static int next;

        static Post published(String title, String text, Instant at, List<PartnerCityId> cities) {
            return published(PostFixtures.ENGLISH, title, text, at, cities);
        }

        static synchronized Post published(Language language, String title, String text, Instant at,
                                           List<PartnerCityId> cities) {
            Post post = Post.draft(PostId.generate(), language, new Slug("search-" + ++next + "-" + System.nanoTime()),
                    new PostContent(title, text, ""), "The Network Team", cities, true, at);
            post.publish(at);
            return post;
        }
    }
}
