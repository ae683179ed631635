package org.hrcities.platform.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.junit.jupiter.api.Test;

class MailSubscriberTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static MailSubscriber reader() {
        return MailSubscriber.reader(SubscriberId.generate(), EmailAddress.parse("Lea@Example.org"), T0);
    }

    @Test
    void a_readers_address_awaits_confirmation_and_gets_one_link_a_day() {
        MailSubscriber subscriber = reader();
        assertEquals("lea@example.org", subscriber.email().value(), "kept lower-case");
        assertFalse(subscriber.receivesMail());
        assertTrue(subscriber.ask(T0));
        subscriber.confirmationSent(T0);
        assertFalse(subscriber.ask(T0.plus(Duration.ofHours(23))), "not again within a day");
        assertTrue(subscriber.ask(T0.plus(Duration.ofHours(24))), "again after a day");
        assertTrue(subscriber.confirm(T0.plusSeconds(5)));
        assertTrue(subscriber.receivesMail());
        assertFalse(subscriber.ask(T0.plus(Duration.ofDays(3))), "a confirmed address needs no link");
        assertFalse(subscriber.confirm(T0.plusSeconds(6)), "confirmed once");
    }

    @Test
    void unsubscribing_stops_everything_and_asking_again_needs_a_new_confirmation() {
        MailSubscriber subscriber = reader();
        subscriber.confirm(T0);
        assertTrue(subscriber.unsubscribe(T0.plusSeconds(1)));
        assertFalse(subscriber.receivesMail());
        assertFalse(subscriber.unsubscribe(T0.plusSeconds(2)));
        assertFalse(subscriber.confirm(T0.plusSeconds(3)), "an old confirmation link cannot undo it");
        assertFalse(subscriber.receivesMail());
        assertTrue(subscriber.ask(T0.plusSeconds(4)), "asking again sends a link at once (none was sent before)");
        subscriber.confirmationSent(T0.plusSeconds(4));
        subscriber.confirm(T0.plusSeconds(4));
        subscriber.unsubscribe(T0.plusSeconds(4));
        assertFalse(subscriber.ask(T0.plusSeconds(5)), "but never a second link within a day");
        assertTrue(subscriber.awaitsConfirmation());
        assertTrue(subscriber.confirm(T0.plusSeconds(5)));
        assertTrue(subscriber.receivesMail());
    }

    @Test
    void staff_choose_the_digest_for_their_own_address_and_one_click_turns_it_off() {
        MailSubscriber staff = MailSubscriber.staff(SubscriberId.generate(), new EmailAddress("m@example.org"), T0);
        assertTrue(staff.receivesMail());
        staff.chooseModerationDigest(true, T0);
        assertTrue(staff.moderationDigest());
        staff.unsubscribe(T0.plusSeconds(1));
        assertFalse(staff.moderationDigest());
        staff.chooseModerationDigest(true, T0.plusSeconds(2));
        assertTrue(staff.moderationDigest() && staff.receivesMail(), "choosing it again when signed in is enough");
        assertThrows(IllegalArgumentException.class, () -> MailSubscriber.reconstitute(SubscriberId.generate(),
                new EmailAddress("x@example.org"), T0, null, null, null, true, 1), "no digest to an unconfirmed address");
    }
}
