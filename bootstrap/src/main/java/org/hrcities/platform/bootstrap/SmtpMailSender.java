package org.hrcities.platform.bootstrap;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcities.platform.application.port.out.MailSenderPort;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.MailMessage;

/**
 * Hands messages to an SMTP server with Jakarta Mail (Angus Mail inside Payara Micro): plain text in
 * UTF-8, one recipient, a {@code Message-ID} made of the outbox's id (the same on every attempt), and for
 * the messages one may stop, RFC 8058's {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}.
 * Every header value comes from checked values (a one-line subject, a validated address, the site's
 * own link), and Jakarta Mail encodes the subject, so nothing a reader typed can add a header.
 * <p>
 * A reply of the 5xx class (the recipient does not exist, the message is refused) is permanent; every
 * other failure (no connection, 4xx, a failed login) is tried again later.
 */
final class SmtpMailSender implements MailSenderPort {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([2-5])\\d\\d\\b");

    private final SmtpSettings settings;
    private final Session session;
    private final String messageIdDomain;

    SmtpMailSender(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings);
        this.session = Session.getInstance(properties(settings));
        String address = settings.from().getAddress();
        this.messageIdDomain = address.substring(address.lastIndexOf('@') + 1);
    }

    private static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        properties.setProperty("mail.smtp.from", settings.from().getAddress());
        properties.setProperty("mail.smtp.auth", String.valueOf(settings.user() != null));
        properties.setProperty("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMillis()));
        properties.setProperty("mail.smtp.timeout", String.valueOf(settings.timeoutMillis()));
        properties.setProperty("mail.smtp.writetimeout", String.valueOf(settings.timeoutMillis()));
        properties.setProperty("mail.smtp.starttls.enable", String.valueOf(settings.startTls() != SmtpSettings.StartTls.OFF));
        properties.setProperty("mail.smtp.starttls.required",
                String.valueOf(settings.startTls() == SmtpSettings.StartTls.REQUIRED));
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        properties.setProperty("mail.mime.charset", "UTF-8");
        return properties;
    }

    @Override
    public void send(MailId id, MailMessage message) throws MailDeliveryException {
        try {
            MimeMessage mime = toMime(id, message);
            if (settings.user() == null) {
                Transport.send(mime);
            } else {
                Transport.send(mime, settings.user(), settings.password());
            }
        } catch (MessagingException e) {
            throw new MailDeliveryException(describe(e), isPermanent(e), e);
        }
    }

    /** The message as it goes to the server. */
    MimeMessage toMime(MailId id, MailMessage message) throws MessagingException {
        String messageId = "<" + id.value() + "@" + messageIdDomain + ">";
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(settings.from());
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to().value(), true));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setText(message.text(), "UTF-8", "plain");
        mime.setHeader("Auto-Submitted", "auto-generated");
        if (message.unsubscribeIfAny().isPresent()) {
            mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeIfAny().get().toASCIIString() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mime.saveChanges();
        return mime;
    }

    /** A 5xx reply anywhere among the failure and the failures it holds. */
    static boolean isPermanent(MessagingException failure) {
        int depth = 0;
        for (Exception cause = failure; cause != null && depth < 16; depth++) {
            Matcher code = REPLY_CODE.matcher(String.valueOf(cause.getMessage()));
            if (code.find() && code.group(1).equals("5")) {
                return true;
            }
            if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0 && sendFailed.getNextException() == null) {
                return true;
            }
            cause = cause instanceof MessagingException messaging && messaging.getNextException() != null
                    ? messaging.getNextException()
                    : cause.getCause() instanceof Exception next ? next : null;
        }
        return false;
    }

    /** What went wrong, on one line, with the server's reply where it gave one; never the password. */
    private static String describe(MessagingException failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName()).append(": ")
                .append(String.valueOf(failure.getMessage()).strip());
        Exception next = failure.getNextException() != null ? failure.getNextException()
                : failure.getCause() instanceof Exception cause ? cause : null;
        if (next != null && next != failure) {
            text.append(" (").append(next.getClass().getSimpleName()).append(": ")
                    .append(String.valueOf(next.getMessage()).strip()).append(')');
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
