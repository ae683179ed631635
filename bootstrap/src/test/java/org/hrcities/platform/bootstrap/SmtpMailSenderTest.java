package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.hrcities.platform.application.port.out.MailSenderPort.MailDeliveryException;
import org.hrcities.platform.bootstrap.e2e.MailServer;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.mail.MailMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SMTP adapter against a real SMTP server on the loopback. */
class SmtpMailSenderTest {

    private static MailServer server;

    @BeforeAll
    static void startServer() {
        server = MailServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static SmtpMailSender senderTo(int port) {
        return new SmtpMailSender(SmtpSettings.of("127.0.0.1", port, "", "", "Human Rights Cities <news@hrcities.example>",
                "off", 5_000).orElseThrow());
    }

    @Test
    void delivers_plain_text_in_utf8_with_its_id_and_the_one_click_unsubscribe_headers() throws Exception {
        MailId id = MailId.generate();
        String subject = "New reply to your comment on “Droits humains à Graz” " + id;
        senderTo(server.port()).send(id, new MailMessage(MailKind.COMMENT_REPLY, new EmailAddress("lea@example.org"),
                subject, "Léa,\n\nsomeone answered you.\n\nhttps://news.example.org/posts/a#comment-1",
                URI.create("https://news.example.org/mail/unsubscribe/abc.def")));
        MimeMessage received = server.await(MailServer.to("lea@example.org", id.toString()), 1, Duration.ofSeconds(10)).get(0);
        assertEquals(subject, received.getSubject());
        assertEquals("<" + id + "@hrcities.example>", received.getMessageID());
        assertEquals("<https://news.example.org/mail/unsubscribe/abc.def>", MailServer.header(received, "List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", MailServer.header(received, "List-Unsubscribe-Post"));
        assertEquals("auto-generated", MailServer.header(received, "Auto-Submitted"));
        assertEquals("news@hrcities.example", ((InternetAddress) received.getFrom()[0]).getAddress());
        assertTrue(received.getContentType().toLowerCase().contains("charset=utf-8"), received.getContentType());
        assertTrue(MailServer.text(received).startsWith("Léa,"), MailServer.text(received));
    }

    @Test
    void a_message_one_asked_for_once_has_no_unsubscribe_header() throws Exception {
        MailId id = MailId.generate();
        senderTo(server.port()).send(id, new MailMessage(MailKind.ADDRESS_CONFIRMATION, new EmailAddress("b@example.org"),
                "Confirm your address " + id, "Follow the link.", null));
        MimeMessage received = server.await(MailServer.to("b@example.org", id.toString()), 1, Duration.ofSeconds(10)).get(0);
        assertNull(MailServer.header(received, "List-Unsubscribe"));
        assertNull(MailServer.header(received, "List-Unsubscribe-Post"));
    }

    @Test
    void nothing_a_reader_typed_adds_a_header_or_a_recipient() throws Exception {
        MailId id = MailId.generate();
        MimeMessage mime = senderTo(server.port()).toMime(id, new MailMessage(MailKind.COMMENT_PUBLISHED,
                new EmailAddress("c@example.org"), "Bcc: victim@example.org " + id, "To: x@example.org\r\nBcc: y@example.org\n", null));
        assertNull(mime.getHeader("Bcc"));
        assertEquals(1, mime.getAllRecipients().length);
        List<String> headerNames = Collections.list(mime.getAllHeaders()).stream().map(h -> h.getName()).toList();
        assertFalse(headerNames.contains("Bcc"), headerNames.toString());
        assertFalse(headerNames.contains("To") && mime.getHeader("To").length > 1);
    }

    @Test
    void a_server_that_cannot_be_reached_is_tried_again_later() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        int port = closed;
        MailDeliveryException failure = assertThrows(MailDeliveryException.class, () -> senderTo(port).send(MailId.generate(),
                new MailMessage(MailKind.COMMENT_PUBLISHED, new EmailAddress("d@example.org"), "Hello", "text", null)));
        assertFalse(failure.permanent(), failure.getMessage());
        assertTrue(failure.getMessage().contains("MailConnectException") || failure.getMessage().contains("onnect"),
                failure.getMessage());
    }

    @Test
    void a_5xx_reply_is_permanent_and_a_4xx_one_is_not() {
        assertTrue(SmtpMailSender.isPermanent(new MessagingException("550 5.1.1 <x@example.org>: no such user")));
        SendFailedException nested = new SendFailedException("Invalid Addresses", new MessagingException("553 5.7.1 refused"));
        assertTrue(SmtpMailSender.isPermanent(nested));
        assertFalse(SmtpMailSender.isPermanent(new MessagingException("421 4.7.0 try again later")));
        assertFalse(SmtpMailSender.isPermanent(new MessagingException("Could not connect to SMTP host")));
    }

    @Test
    void refuses_settings_that_cannot_work_naming_the_setting() {
        assertTrue(SmtpSettings.of("", 587, "", "", "", "", 1000).isEmpty(), "no host: no mail");
        assertEquals("hrc.smtp.from is required with hrc.smtp.host: the address messages come from",
                assertThrows(IllegalArgumentException.class,
                        () -> SmtpSettings.of("smtp.example.org", 587, "", "", "", "", 1000)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of("smtp.example.org", 587, "", "", "not an address", "", 1000)).getMessage()
                .startsWith("hrc.smtp.from"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of("smtp.example.org", 587, "", "", "a@example.org", "sometimes", 1000)).getMessage()
                .startsWith("hrc.smtp.starttls"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of("smtp.example.org", 587, "user", "", "a@example.org", "", 1000)).getMessage()
                .contains("go together"));
        assertFalse(SmtpSettings.of("smtp.example.org", 587, "user", "secret", "a@example.org", "", 1000).orElseThrow()
                .toString().contains("secret"), "never the password");
    }
}
