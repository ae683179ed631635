package org.hrcities.platform.domain.comment;

import java.util.Optional;
import org.hrcities.platform.domain.shared.Text;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * Who wrote a comment: the name shown with it, an email address that is never shown, and an
 * optional website that the name links to. Only the {@link #anonymous()} commenter of an erased
 * comment has no email address (null).
 */
public record Commenter(String name, EmailAddress email, WebsiteUrl website) {

    /** As WordPress: 245 characters for the name. */
    public static final int MAX_NAME_LENGTH = 245;

    public Commenter {
        name = validName(name);
        if (email == null && (!Comment.ANONYMOUS.equals(name) || website != null)) {
            throw new IllegalArgumentException("only the anonymous commenter of an erased comment lacks an email address");
        }
    }

    /** Who an erased comment was written by: {@code Anonymous}, without email or website. */
    public static Commenter anonymous() {
        return new Commenter(Comment.ANONYMOUS, null, null);
    }

    /** The email address; empty for the anonymous commenter of an erased comment. */
    public Optional<EmailAddress> emailIfGiven() {
        return Optional.ofNullable(email);
    }

    /** Checks a name on its own, before the rest of the commenter is known; answers it stripped. */
    public static String validName(String name) {
        return Text.requireSingleLine("name", name, MAX_NAME_LENGTH);
    }

    public Optional<WebsiteUrl> websiteIfGiven() {
        return Optional.ofNullable(website);
    }

    /** Never prints the email address. */
    @Override
    public String toString() {
        return "Commenter[" + name + "]";
    }
}
