package org.hrcities.platform.domain.mail;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Text;

/**
 * What one message says and to whom: plain text, one recipient. The subject is one line without
 * control characters, so nothing a reader typed (a post title, a name) can add a header to it.
 *
 * @param to the recipient
 * @param subject one line, at most {@link #MAX_SUBJECT_LENGTH} characters
 * @param text the body, plain text, at most {@link #MAX_TEXT_BYTES} bytes
 * @param unsubscribe the signed one-click address that stops messages of this kind to the recipient
 *        (sent as RFC 8058 {@code List-Unsubscribe}); null for messages one asked for once, such as a
 *        confirmation link
 */
public record MailMessage(MailKind kind, EmailAddress to, String subject, String text, URI unsubscribe) {

    public static final int MAX_SUBJECT_LENGTH = 200;
    public static final int MAX_TEXT_BYTES = 64 * 1024;

    public MailMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        subject = Text.requireSingleLine("subject", subject, MAX_SUBJECT_LENGTH);
        text = Text.requireMultiLine("text", text, MAX_TEXT_BYTES);
        if (unsubscribe != null && !"https".equals(unsubscribe.getScheme()) && !"http".equals(unsubscribe.getScheme())) {
            throw new InvalidValueException("unsubscribe", "an unsubscribe address is an http or https URL");
        }
    }

    public Optional<URI> unsubscribeIfAny() {
        return Optional.ofNullable(unsubscribe);
    }

    /** Never prints the address. */
    @Override
    public String toString() {
        return "MailMessage[" + kind + ", " + subject + "]";
    }
}
