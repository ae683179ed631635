package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hrcities.platform.application.port.in.setup.InitialContent;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.event.AttendanceMode;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;
import org.junit.jupiter.api.Test;

class DemoContentTest {

    private final InitialContent demo = DemoContent.build();

    @Test
    void holds_the_seven_partner_cities_of_the_network() {
        assertEquals(Set.of("Graz", "Lund", "Middelburg", "Nuremberg", "Utrecht", "Vienna", "York"),
                demo.cities().stream().map(city -> city.name()).collect(Collectors.toSet()));
    }

    @Test
    void holds_published_posts_a_draft_and_a_post_with_closed_comments() {
        assertEquals(6, demo.posts().stream().filter(post -> post.isPublished() && !post.isTranslation()).count());
        assertEquals(1, demo.posts().stream().filter(post -> !post.isPublished()).count());
        assertTrue(demo.posts().stream().anyMatch(post -> post.isPublished() && !post.commentsOpen()));
    }

    @Test
    void files_published_posts_under_its_topics_and_every_topic_has_one() {
        Set<TopicId> topics = demo.topics().stream().map(Topic::id).collect(Collectors.toSet());
        Set<TopicId> used = demo.posts().stream().filter(Post::isPublished).flatMap(post -> post.topics().stream())
                .collect(Collectors.toSet());
        assertEquals(3, topics.size());
        assertEquals(topics, used, "every topic has a published post and every post's topic is in the demo");
        assertEquals(Set.of("housing", "human-rights-monitoring", "network-news"),
                demo.topics().stream().map(topic -> topic.slug().value()).collect(Collectors.toSet()));
    }

    @Test
    void holds_two_published_pages_that_make_up_the_menu_in_order() {
        assertEquals(List.of("About the network", "Privacy policy"), demo.pages().stream()
                .filter(page -> page.isInMenu() && page.language().code().equals("en"))
                .sorted(Comparator.comparing(page -> page.menuPosition().orElseThrow()))
                .map(SitePage::title).toList());
        assertEquals(2, demo.pages().stream().filter(page -> page.translationOf().isEmpty()).count());
    }

    @Test
    void holds_the_new_year_post_about_and_every_city_in_french_and_german() {
        Post newYear = demo.posts().stream().filter(post -> post.slug().value().equals("happy-new-year-2021"))
                .findFirst().orElseThrow();
        Map<String, String> translations = demo.posts().stream()
                .filter(post -> post.translationGroup().equals(newYear.id()) && !post.equals(newYear))
                .collect(Collectors.toMap(post -> post.language().code(), post -> post.slug().value()));
        assertEquals(Map.of("fr", "bonne-annee-2021", "de", "frohes-neues-jahr-2021"), translations);
        assertTrue(demo.posts().stream().filter(post -> post.isTranslation()).allMatch(Post::isPublished));
        assertEquals(Set.of("À propos du réseau", "Über das Netzwerk"), demo.pages().stream()
                .filter(page -> page.translationOf().isPresent() && page.isInMenu()).map(SitePage::title)
                .collect(Collectors.toSet()));
        assertTrue(demo.cities().stream().allMatch(city -> city.translations().keySet().stream()
                .map(language -> language.code()).collect(Collectors.toSet()).equals(Set.of("fr", "de"))));
        assertEquals("Wien", demo.cities().stream().filter(city -> city.slug().value().equals("vienna")).findFirst()
                .orElseThrow().nameIn(new org.hrcities.platform.domain.shared.Language("de")));
    }

    @Test
    void holds_approved_and_pending_comments_and_replies_on_its_posts_only() {
        Set<PostId> posts = demo.posts().stream().map(Post::id).collect(Collectors.toSet());
        assertTrue(demo.comments().stream().allMatch(comment -> posts.contains(comment.postId())));
        assertTrue(demo.comments().stream().anyMatch(comment -> comment.status() == ModerationStatus.PENDING));
        assertTrue(demo.comments().stream().anyMatch(comment -> comment.status() == ModerationStatus.APPROVED));
        assertTrue(demo.comments().stream().anyMatch(comment -> comment.parentId().isPresent()));
        for (int i = 0; i < demo.comments().size(); i++) {
            Comment comment = demo.comments().get(i);
            int index = i;
            comment.parentId().ifPresent(parent -> assertTrue(demo.comments().subList(0, index).stream()
                    .anyMatch(earlier -> earlier.id().equals(parent)), "a reply follows the comment it answers"));
        }
    }

    @Test
    void holds_the_roundtable_of_20_january_2021_with_the_posts_that_announce_and_report_it() {
        Event roundtable = demo.events().stream().filter(event -> event.title().startsWith("Roundtable")).findFirst()
                .orElseThrow();
        assertEquals(EventTiming.at(LocalDateTime.parse("2021-01-20T14:00"), LocalDateTime.parse("2021-01-20T16:00"),
                ZoneId.of("Europe/Brussels")), roundtable.timing());
        assertEquals(AttendanceMode.ONLINE, roundtable.place().attendanceMode());
        assertTrue(roundtable.isPublished());
        assertEquals(List.of("happy-new-year-2021", "cities-meet-the-un-special-rapporteur-on-poverty"),
                roundtable.posts().stream().map(this::postSlug).toList());
    }

    @Test
    void dates_its_events_to_come_from_when_it_is_built() {
        Instant built = Instant.parse("2030-02-10T08:00:00Z");
        List<Event> events = DemoContent.build(built).events();
        List<Event> coming = events.stream().filter(event -> event.timing().startInstant().isAfter(built)).toList();

        assertEquals(5, events.size());
        assertEquals(4, coming.size());
        assertTrue(events.stream().allMatch(Event::isPublished));
        Event webinar = only(coming, event -> event.place().attendanceMode() == AttendanceMode.ONLINE);
        assertEquals(LocalDate.parse("2030-03-05"), webinar.timing().firstDay(), "the Tuesday three weeks on");
        Event meeting = only(coming, event -> event.place().attendanceMode() == AttendanceMode.MIXED);
        assertEquals(LocalDate.parse("2030-04-16"), meeting.timing().firstDay(), "the Tuesday two months on");
        assertTrue(meeting.place().partnerCity().isPresent());
        assertTrue(meeting.registration().isPresent());
        Event conference = only(coming, event -> event.timing().allDay());
        assertEquals(LocalDate.parse("2030-06-11"), conference.timing().firstDay(), "the Tuesday four months on");
        assertEquals(ZoneId.of("Europe/London"), conference.timing().zone());
        Event cancelled = only(coming, Event::isCancelled);
        assertEquals(DayOfWeek.TUESDAY, cancelled.timing().firstDay().getDayOfWeek(), "on a working day");
        assertTrue(cancelled.sequence() > 0, "calendars see the cancellation");
    }

    @Test
    void its_events_name_demo_cities_and_posts_and_link_to_example_addresses_only() {
        Set<PartnerCityId> cities = demo.cities().stream().map(city -> city.id()).collect(Collectors.toSet());
        Set<PostId> published = demo.posts().stream().filter(Post::isPublished).map(Post::id).collect(Collectors.toSet());
        for (Event event : demo.events()) {
            assertTrue(cities.containsAll(event.organisers()), event.slug().value());
            event.place().partnerCity().ifPresent(city -> assertTrue(cities.contains(city), event.slug().value()));
            assertTrue(published.containsAll(event.posts()), event.slug().value());
            for (WebsiteUrl link : Stream.concat(event.place().online().stream(), event.registration().stream()).toList()) {
                assertTrue(URI.create(link.value()).getHost().endsWith(".example"), link.value());
            }
        }
        assertEquals(demo.events().size(), demo.events().stream().map(Event::slug).distinct().count());
    }

    private String postSlug(PostId id) {
        return demo.posts().stream().filter(post -> post.id().equals(id)).findFirst().orElseThrow().slug().value();
    }

    private static Event only(List<Event> events, Predicate<Event> which) {
        List<Event> found = events.stream().filter(which).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
