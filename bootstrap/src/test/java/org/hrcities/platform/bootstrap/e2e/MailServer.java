package org.hrcities.platform.bootstrap.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server for the tests (GreenMail), on 127.0.0.1 and a free port: the site delivers to it
 * over TCP as it would to any mail server, and the tests read what arrived and follow its links.
 */
public final class MailServer implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final GreenMail greenMail;
    private final int port;

    private MailServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** Starts a server on a free loopback port. */
    public static MailServer start() {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailServer(greenMail, port);
    }

    public int port() {
        return port;
    }

    /** The site's settings for this server: no login, no STARTTLS (it is the machine's own loopback). */
    public Map<String, String> siteEnvironment(String from) {
        return Map.of("HRC_SMTP_HOST", "127.0.0.1", "HRC_SMTP_PORT", String.valueOf(port), "HRC_SMTP_FROM", from,
                "HRC_SMTP_STARTTLS", "off");
    }

    /** Every message received so far, in the order received. */
    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /**
     * Waits until {@code count} messages matching {@code which} have arrived, and answers them.
     *
     * @throws AssertionError naming what did arrive, when they do not within {@code timeout}
     */
    public List<MimeMessage> await(Predicate<MimeMessage> which, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> matching = received().stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " matching message(s) within " + timeout + ", got "
                        + matching.size() + "; received: " + received().stream().map(MailServer::summary).toList());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Messages to {@code address} whose subject contains {@code subjectPart}. */
    public static Predicate<MimeMessage> to(String address, String subjectPart) {
        return message -> recipients(message).contains(address) && subject(message).contains(subjectPart);
    }

    public static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .map(text -> text.replaceAll(".*<|>.*", "")).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body. */
    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one header's value, or null. */
    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the body whose path starts with {@code pathPrefix}. */
    public static URI link(MimeMessage message, String pathPrefix) {
        Matcher links = LINK.matcher(text(message));
        while (links.find()) {
            URI uri = URI.create(links.group());
            if (uri.getRawPath() != null && uri.getRawPath().startsWith(pathPrefix)) {
                return uri;
            }
        }
        throw new AssertionError("no link to " + pathPrefix + "... in: " + text(message));
    }

    private static String summary(MimeMessage message) {
        return recipients(message) + " " + subject(message);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
