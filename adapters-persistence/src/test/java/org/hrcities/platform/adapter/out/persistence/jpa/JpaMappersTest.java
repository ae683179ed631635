package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import org.hrcities.platform.domain.city.CityTranslation;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventFixtures;
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.event.EventPlace;
import org.hrcities.platform.domain.event.EventStatus;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.junit.jupiter.api.Test;

/** Each mapper writes every field of its aggregate into a row and reads the same aggregate back. */
class JpaMappersTest {

    private static final Instant AT = Instant.parse("2024-05-06T07:08:09.123456Z");

    @Test
    void a_post_survives_the_round_trip_through_its_row() {
        Post post = PostFixtures.aPublishedPost("round-trip", AT, List.of(PartnerCityId.generate(), PartnerCityId.generate()));
        post.changeSlug(new Slug("round-trip-moved"));
        post.changeSlug(new Slug("round-trip-moved-again"));
        post.edit(post.content(), post.slug(), "Anna Editor", post.partnerCities(), false, AT.plusSeconds(3));
        PostJpaEntity row = new PostJpaEntity(post.id().value());
        PostJpaMapper.copyInto(post, row);
        row.version = 3;

        Post back = PostJpaMapper.toDomain(row);

        assertEquals(post.id(), back.id());
        assertEquals(PostFixtures.ENGLISH, back.language());
        assertEquals(Optional.empty(), back.translationOf());
        assertEquals(post.id(), back.translationGroup());
        assertEquals(post.slug(), back.slug());
        assertEquals(post.content(), back.content());
        assertEquals(post.authorName(), back.authorName());
        assertEquals(post.status(), back.status());
        assertEquals(post.publishedAt(), back.publishedAt());
        assertEquals(post.partnerCities(), back.partnerCities());
        assertEquals(post.commentsOpen(), back.commentsOpen());
        assertEquals(Set.of(new Slug("round-trip"), new Slug("round-trip-moved")), back.formerSlugs());
        assertEquals(AT.plusSeconds(3), back.updatedAt());
        assertEquals(3, back.version());
    }

    @Test
    void a_translation_keeps_its_language_and_group_and_its_former_slugs_their_language() {
        Post original = PostFixtures.aPublishedPost("harbour", AT);
        Post french = original.translate(PostId.generate(), PostFixtures.FRENCH, new Slug("le-port"),
                PostFixtures.someContent(), "Équipe", AT);
        french.publish(AT.plusSeconds(1));
        french.changeSlug(new Slug("le-vieux-port"));
        PostJpaEntity row = new PostJpaEntity(french.id().value());
        PostJpaMapper.copyInto(french, row);

        assertEquals("fr", row.language);
        assertEquals(original.id().value(), row.translationGroup);
        assertEquals(original.id().toString(), row.translationOf);
        assertEquals(Set.of("le-port"), row.formerSlugs, "kept with the language of the row");
        Post back = PostJpaMapper.toDomain(row);
        assertEquals(PostFixtures.FRENCH, back.language());
        assertEquals(Optional.of(original.id()), back.translationOf());
        assertEquals(original.id(), back.translationGroup());
        assertEquals(Set.of(new Slug("le-port")), back.formerSlugs());
    }

    @Test
    void a_post_keeps_its_featured_image_and_both_columns_are_null_without_one() {
        Post post = PostFixtures.aPublishedPost("featured", AT);
        FeaturedImage image = new FeaturedImage(MediaId.generate(), "The main square");
        post.feature(image);
        PostJpaEntity row = new PostJpaEntity(post.id().value());
        PostJpaMapper.copyInto(post, row);

        assertEquals(image.media().toString(), row.featuredMediaId);
        assertEquals("The main square", row.featuredAlt);
        assertEquals(Optional.of(image), PostJpaMapper.toDomain(row).featuredImage());

        post.feature(null);
        PostJpaMapper.copyInto(post, row);
        assertEquals(null, row.featuredMediaId);
        assertEquals(null, row.featuredAlt);
        assertEquals(Optional.empty(), PostJpaMapper.toDomain(row).featuredImage());
    }

    @Test
    void a_draft_keeps_its_missing_publication_time() {
        Post draft = PostFixtures.aDraftPost();
        PostJpaEntity row = new PostJpaEntity(draft.id().value());
        PostJpaMapper.copyInto(draft, row);
        assertEquals(draft.publishedAt(), PostJpaMapper.toDomain(row).publishedAt());
    }

    @Test
    void a_former_slug_dropped_from_the_post_leaves_its_row() {
        Post post = PostFixtures.aPublishedPost("before", AT);
        post.changeSlug(new Slug("after"));
        PostJpaEntity row = new PostJpaEntity(post.id().value());
        PostJpaMapper.copyInto(post, row);
        post.dropFormerSlug(new Slug("before"));
        PostJpaMapper.copyInto(post, row);
        assertEquals(Set.of(), row.formerSlugs);
        assertEquals(Set.of(), PostJpaMapper.toDomain(row).formerSlugs());
    }

    @Test
    void a_reply_survives_the_round_trip_through_its_row() {
        Post post = PostFixtures.aPublishedPost();
        Comment parent = CommentFixtures.anApprovedComment(post, AT);
        Comment reply = CommentFixtures.anApprovedReply(post, parent, AT.plusSeconds(5));
        CommentJpaEntity row = new CommentJpaEntity(reply.id().value());
        CommentJpaMapper.copyInto(reply, row);
        row.version = 2;

        Comment back = CommentJpaMapper.toDomain(row);

        assertEquals(reply.id(), back.id());
        assertEquals(reply.postId(), back.postId());
        assertEquals(reply.parentId(), back.parentId());
        assertEquals(reply.depth(), back.depth());
        assertEquals(reply.commenter(), back.commenter());
        assertEquals(reply.commenter().email().value(), back.commenter().email().value());
        assertEquals(reply.text(), back.text());
        assertEquals(reply.submittedAt(), back.submittedAt());
        assertEquals(reply.status(), back.status());
        assertEquals(reply.senderAddress(), back.senderAddress());
        assertEquals(2, back.version());
    }

    @Test
    void a_comment_keeps_its_sender_address_and_a_lower_case_email_key() {
        Comment comment = Comment.submit(PostFixtures.aPublishedPost(), CommentId.generate(),
                new Commenter("Amira", EmailAddress.parse("Amira.H@Example.org"), null), new CommentText("Hi"), null,
                "192.0.2.44", AT);
        comment.markAsSpam();
        CommentJpaEntity row = new CommentJpaEntity(comment.id().value());
        CommentJpaMapper.copyInto(comment, row);
        row.version = 1;

        assertEquals("amira.h@example.org", row.authorEmailKey);
        Comment back = CommentJpaMapper.toDomain(row);
        assertEquals(Optional.of("192.0.2.44"), back.senderAddress());
        assertEquals("Amira.H@example.org", back.commenter().email().value());
        assertEquals(ModerationStatus.SPAM, back.status());
    }

    @Test
    void a_comment_keeps_its_user_agent_and_an_anonymised_one_has_no_email() {
        Comment comment = Comment.submit(PostFixtures.aPublishedPost(), CommentId.generate(),
                new Commenter("Amira", EmailAddress.parse("amira@example.org"), null), new CommentText("Hi"), null,
                "192.0.2.44", "Mozilla/5.0 Firefox/140.0", AT);
        CommentJpaEntity row = new CommentJpaEntity(comment.id().value());
        CommentJpaMapper.copyInto(comment, row);
        row.version = 1;
        assertEquals(Optional.of("Mozilla/5.0 Firefox/140.0"), CommentJpaMapper.toDomain(row).userAgent());

        comment.anonymise();
        CommentJpaMapper.copyInto(comment, row);
        assertEquals(null, row.authorEmail);
        assertEquals(null, row.authorEmailKey);
        assertEquals(null, row.userAgent);
        Comment back = CommentJpaMapper.toDomain(row);
        assertEquals(Commenter.anonymous(), back.commenter());
        assertEquals(Optional.empty(), back.senderAddress());
    }

    @Test
    void a_data_request_survives_the_round_trip_through_its_row() {
        org.hrcities.platform.domain.privacy.DataRequest request = org.hrcities.platform.domain.privacy.DataRequest.open(
                org.hrcities.platform.domain.privacy.DataRequestId.generate(),
                org.hrcities.platform.domain.privacy.DataRequestKind.EXPORT, EmailAddress.parse("Ana@Example.org"),
                org.hrcities.platform.domain.privacy.DataRequestOrigin.VISITOR, "192.0.2.1", AT);
        request.confirm(AT.plusSeconds(5));
        request.recordDownload(AT.plusSeconds(9));
        DataRequestJpaEntity row = new DataRequestJpaEntity(request.id().value());
        DataRequestJpaMapper.copyInto(request, row);
        row.version = 3;

        assertEquals("ana@example.org", row.emailKey);
        org.hrcities.platform.domain.privacy.DataRequest back = DataRequestJpaMapper.toDomain(row);
        assertEquals(request.id(), back.id());
        assertEquals(request.kind(), back.kind());
        assertEquals("Ana@example.org", back.email().value());
        assertEquals(request.origin(), back.origin());
        assertEquals(AT, back.requestedAt());
        assertEquals(Optional.of("192.0.2.1"), back.senderAddress());
        assertEquals(Optional.of(AT.plusSeconds(5)), back.confirmedAt());
        assertEquals(Optional.of(AT.plusSeconds(9)), back.completedAt());
        assertEquals(3, back.version());
    }

    @Test
    void discussion_settings_survive_the_round_trip_through_their_row() {
        DiscussionSettings settings = new DiscussionSettings(false, 30, true, 0, List.of("casino", "two words"),
                List.of("viagra"), 60, 5, 0);
        DiscussionSettingsJpaEntity row = new DiscussionSettingsJpaEntity(DiscussionSettingsJpaEntity.SITE);
        DiscussionSettingsJpaMapper.copyInto(settings, row);
        row.version = 4;

        assertEquals("casino\ntwo words", row.moderationWords);
        assertEquals(settings.withVersion(4), DiscussionSettingsJpaMapper.toDomain(row));

        DiscussionSettingsJpaMapper.copyInto(DiscussionSettings.defaults(), row);
        row.version = 0;
        assertEquals("", row.disallowedWords);
        assertEquals(DiscussionSettings.defaults(), DiscussionSettingsJpaMapper.toDomain(row));
    }

    @Test
    void moderation_records_survive_the_round_trip_through_their_row() {
        ModerationRecord arrival = new ModerationRecord(UUID.randomUUID(), CommentId.generate(), PostId.generate(), AT,
                Actor.rule("too-many-links"), ModerationAction.RECEIVED, null, ModerationStatus.PENDING, "3 links, more than 2");
        ModerationRecord deletion = new ModerationRecord(UUID.randomUUID(), CommentId.generate(), PostId.generate(),
                Instant.parse("2024-12-31T23:59:59.999999Z"), Actor.person("account-7", "Eva"), ModerationAction.DELETE,
                ModerationStatus.TRASH, null, null);
        for (ModerationRecord record : List.of(arrival, deletion)) {
            ModerationRecordJpaEntity row = new ModerationRecordJpaEntity(record.id());
            ModerationRecordJpaMapper.copyInto(record, row);
            assertEquals(record, ModerationRecordJpaMapper.toDomain(row));
        }
        ModerationRecordJpaEntity row = new ModerationRecordJpaEntity(deletion.id());
        ModerationRecordJpaMapper.copyInto(deletion, row);
        assertEquals("2024-12", row.monthUtc);
    }

    @Test
    void a_city_survives_the_round_trip_through_its_row() {
        PartnerCity york = PartnerCityFixtures.york();
        PartnerCityJpaEntity row = new PartnerCityJpaEntity(york.id().value());
        PartnerCityJpaMapper.copyInto(york, row);
        row.version = 5;

        PartnerCity back = PartnerCityJpaMapper.toDomain(row);

        assertEquals(york.id(), back.id());
        assertEquals(york.slug(), back.slug());
        assertEquals(york.name(), back.name());
        assertEquals(york.country(), back.country());
        assertEquals(york.membership(), back.membership());
        assertEquals(york.memberSince(), back.memberSince());
        assertEquals(york.website(), back.website());
        assertEquals(york.location(), back.location());
        assertEquals(york.description(), back.description());
        assertFalse(back.isRetired());
        assertEquals(5, back.version());
    }

    @Test
    void a_citys_translations_survive_the_round_trip_and_a_change_touches_only_the_languages_that_changed() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Language german = new Language("de");
        Language french = new Language("fr");
        graz.translate(german, new CityTranslation("Graz", "Graz ist dabei."));
        graz.translate(french, new CityTranslation("", "Graz participe."));
        PartnerCityJpaEntity row = new PartnerCityJpaEntity(graz.id().value());
        PartnerCityJpaMapper.copyInto(graz, row);
        assertEquals(graz.translations(), PartnerCityJpaMapper.toDomain(row).translations());

        CityTranslationJpaEmbeddable germanRow = row.translations.get("de");
        graz.removeTranslation(french);
        graz.translate(new Language("it"), new CityTranslation("Graz", "Graz partecipa."));
        PartnerCityJpaMapper.copyInto(graz, row);
        assertSame(germanRow, row.translations.get("de"), "an unchanged translation keeps its value");
        assertEquals(java.util.Set.of("de", "it"), row.translations.keySet());
        assertEquals(graz.translations(), PartnerCityJpaMapper.toDomain(row).translations());
    }

    @Test
    void a_retired_city_stays_retired_through_its_row() {
        PartnerCity graz = PartnerCityFixtures.graz();
        graz.retire();
        PartnerCityJpaEntity row = new PartnerCityJpaEntity(graz.id().value());
        PartnerCityJpaMapper.copyInto(graz, row);
        assertTrue(PartnerCityJpaMapper.toDomain(row).isRetired());
    }

    @Test
    void a_postponed_event_survives_the_round_trip_through_its_row_with_its_instants() {
        EventTiming first = EventTiming.allDay(LocalDate.parse("2024-09-26"), LocalDate.parse("2024-09-27"),
                EventFixtures.BRUSSELS);
        EventTiming moved = EventTiming.at(LocalDateTime.parse("2024-10-15T10:00:15"), LocalDateTime.parse("2024-10-15T17:30"),
                ZoneId.of("Europe/Lisbon"));
        PartnerCityId host = PartnerCityId.generate();
        EventDetails details = new EventDetails(new Slug("round-trip"), "Round trip", "# About\n\nÜnïcödé.", first,
                new EventPlace(host, "Town hall, Main Square 1", new WebsiteUrl("https://meet.example/round-trip")),
                new WebsiteUrl("https://register.example/round-trip"), List.of(PartnerCityId.generate(), host),
                List.of(PostId.generate(), PostId.generate()));
        Event event = Event.plan(EventId.generate(), details, AT);
        event.publish(AT.plusSeconds(1));
        event.postpone(moved, AT.plusSeconds(2));
        EventJpaEntity row = new EventJpaEntity(event.id().value());
        EventJpaMapper.copyInto(event, row);
        row.version = 4;

        Event back = EventJpaMapper.toDomain(row);

        assertEquals(event.id(), back.id());
        assertEquals(details.at(moved), back.details());
        assertEquals(EventStatus.POSTPONED, back.status());
        assertEquals(Optional.of(first), back.previousTiming());
        assertEquals(Optional.of(AT.plusSeconds(1)), back.publishedAt());
        assertEquals(1, back.sequence());
        assertEquals(AT, back.createdAt());
        assertEquals(AT.plusSeconds(2), back.updatedAt());
        assertEquals(4, back.version());
        assertEquals("2024-10-15T10:00:15", row.startLocal);
        assertEquals(Instant.parse("2024-10-15T09:00:15Z"), row.startAt.toInstant());
        assertEquals(Instant.parse("2024-10-15T16:30:00Z"), row.endAt.toInstant());
        assertEquals(host.toString(), row.partnerCityId);
    }

    @Test
    void an_online_draft_keeps_its_empty_fields_empty_through_its_row() {
        Event event = EventFixtures.aDraft(new EventDetails(new Slug("online"), "Online", "", EventFixtures.roundtable().timing(),
                EventPlace.online(new WebsiteUrl("https://meet.example/online")), null, List.of(), List.of()));
        EventJpaEntity row = new EventJpaEntity(event.id().value());
        EventJpaMapper.copyInto(event, row);

        assertEquals(null, row.partnerCityId);
        assertEquals("", row.address);
        assertEquals(null, row.registrationLink);
        assertEquals(null, row.publishedAt);
        assertEquals(null, row.previousStartLocal);
        assertEquals(null, row.previousAllDay);
        Event back = EventJpaMapper.toDomain(row);
        assertEquals(event.details(), back.details());
        assertEquals(Optional.empty(), back.publishedAt());
        assertEquals(Optional.empty(), back.previousTiming());
        assertEquals(EventStatus.SCHEDULED, back.status());
    }
}
