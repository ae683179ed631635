package org.hrcities.platform.application.port.in.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The authoring commands refuse bad input with the name of the field it came in. */
class PostCommandsTest {

    @Test
    void holds_a_post_as_typed_stripped_and_with_a_blank_slug_left_to_derive() {
        PostInput input = new PostInput("  Housing first ", " Short. ", "Body\r\ntext", "  ", null, true, " Anna ");
        assertEquals(new PostContent("Housing first", "Body\ntext", "Short."), input.content());
        assertNull(input.slugOrNull());
        assertEquals(List.of(), input.partnerCities());
        assertEquals("Anna", input.authorName());
        assertEquals(new Slug("housing"), new PostInput("T", "", "", " housing ", List.of(), true, "A").slugOrNull());
    }

    @Test
    void an_edit_without_a_slug_needs_no_slug_from_the_title() {
        PostInput input = new PostInput("!!!", "", "Body", "", List.of(), true, "Anna");
        assertEquals("!!!", SavePostCommand.storedPost(PostId.generate(), 1, input, AfterSaving.keepStatus()).post().title());
    }

    @Test
    void a_save_says_what_becomes_of_the_post_and_a_schedule_its_time() {
        PostInput input = new PostInput("Title", "", "Body", "", List.of(), true, "Anna");
        assertEquals(AfterSaving.publishNow(), SavePostCommand.newPost(input, AfterSaving.publishNow()).then());
        assertThrows(NullPointerException.class, () -> SavePostCommand.newPost(input, null));
        assertField("publishAt", () -> AfterSaving.scheduleAt(null));
        assertField("version", () -> SavePostCommand.storedPost(PostId.generate(), 0, input, AfterSaving.keepStatus()));
        assertTrue(SavePostCommand.newPost(input, AfterSaving.keepStatus()).isNew());
    }

    @Test
    void a_draft_may_be_written_without_a_body() {
        assertEquals("", new PostInput("Title only", null, null, null, List.of(), true, "Anna").body());
    }

    @Test
    void names_the_field_of_each_bad_value() {
        assertField("title", () -> new PostInput(" ", "", "Body", null, List.of(), true, "Anna"));
        assertField("title", () -> new PostInput("T".repeat(PostContent.MAX_TITLE_LENGTH + 1), "", "Body", null, List.of(), true, "Anna"));
        assertField("excerpt", () -> new PostInput("Title", "x".repeat(PostContent.MAX_EXCERPT_BYTES + 1), "Body", null, List.of(), true, "Anna"));
        assertField("body", () -> new PostInput("Title", "", "x".repeat(PostContent.MAX_BODY_BYTES + 1), null, List.of(), true, "Anna"));
        assertField("slug", () -> new PostInput("Title", "", "Body", "Not A Slug", List.of(), true, "Anna"));
        assertField("slug", () -> SavePostCommand.newPost(new PostInput("!!!", "", "Body", "", List.of(), true, "Anna"),
                AfterSaving.keepStatus()));
        assertField("author", () -> new PostInput("Title", "", "Body", null, List.of(), true, " "));
        assertField("partnerCities", () -> new PostInput("Title", "", "Body", null, Arrays.asList(null, null), true, "Anna"));
    }

    @Test
    void changes_name_the_version_they_were_read_at_and_a_schedule_its_time() {
        PostId id = PostId.generate();
        assertField("version", () -> new PublishPostCommand(id, 0));
        assertField("version", () -> new UnpublishPostCommand(id, -1));
        assertField("version", () -> new DeletePostCommand(id, 0));
        assertField("publishAt", () -> new SchedulePostCommand(id, 1, null));
        assertEquals(3, new PublishPostCommand(id, 3).expectedVersion());
    }

    @Test
    void an_editors_search_holds_at_most_ten_words() {
        assertEquals(List.of("housing", "vienna"),
                new ListPostsForEditingQuery(null, " Housing  VIENNA housing ", PageRequest.first(10)).words());
        assertEquals(List.of(), ListPostsForEditingQuery.all(PageRequest.first(10)).words());
        assertField("q", () -> new ListPostsForEditingQuery(null, "a b c d e f g h i j k", PageRequest.first(10)));
    }

    private static void assertField(String field, Executable building) {
        assertEquals(field, assertThrows(InvalidValueException.class, building).field());
    }
}
