package org.hrcities.platform.domain.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;

class TopicTest {

    @Test
    void derives_its_slug_from_the_name_when_none_is_given() {
        Topic topic = Topic.create(TopicId.generate(), null, "Droits de l'homme & Städte", null);
        assertEquals(new Slug("droits-de-lhomme-and-stadte"), topic.slug());
        assertEquals("", topic.description());
        assertEquals(0, topic.version());
    }

    @Test
    void refuses_a_blank_name_a_name_on_two_lines_and_a_name_too_long() {
        assertThrows(InvalidValueException.class, () -> Topic.create(TopicId.generate(), new Slug("a"), " ", ""));
        assertThrows(InvalidValueException.class, () -> Topic.create(TopicId.generate(), new Slug("a"), "a\nb", ""));
        assertThrows(InvalidValueException.class,
                () -> Topic.create(TopicId.generate(), new Slug("a"), "x".repeat(Topic.MAX_NAME_LENGTH + 1), ""));
    }

    @Test
    void a_refused_description_changes_nothing() {
        Topic topic = TopicFixtures.housing();
        assertThrows(InvalidValueException.class, () -> topic.describe(new Slug("homes"), "Homes",
                "x".repeat(Topic.MAX_DESCRIPTION_BYTES + 1)));
        assertEquals(new Slug("housing"), topic.slug());
        assertEquals("Housing", topic.name());
    }

    @Test
    void describes_itself_anew() {
        Topic topic = TopicFixtures.housing();
        topic.describe(new Slug("homes"), "Homes", "Where people live.");
        assertEquals(new Slug("homes"), topic.slug());
        assertEquals("Homes", topic.name());
        assertEquals("Where people live.", topic.description());
    }
}
