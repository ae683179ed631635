package org.hrcities.platform.domain.comment;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * The rules a new comment meets on arrival, in WordPress's order; the first that applies decides:
 * <ol>
 *   <li>{@value #HONEYPOT}: a field hidden from people was filled in → spam</li>
 *   <li>{@value #TOO_FAST}: the form came back sooner than {@code minimumFillSeconds} after it was served → spam</li>
 *   <li>{@value #DISALLOWED_WORD}: an entry of the disallowed words is found → spam</li>
 *   <li>{@value #MODERATION_WORD}: an entry of the moderation words is found → pending</li>
 *   <li>{@value #TOO_MANY_LINKS}: more than {@code maxLinks} links → pending</li>
 *   <li>{@value #KNOWN_COMMENTER}: known commenters are approved (when the setting is on) → approved</li>
 *   <li>{@value #FIRST_TIME_COMMENTER} (setting on) or {@value #MANUAL_APPROVAL} (setting off) → pending</li>
 * </ol>
 * Word entries are matched as case-insensitive substrings of the name, the email, the website, the
 * content and the sender's address. Reasons name the list and the field that matched, never the
 * entry or the field's value, so that they never repeat an email address.
 */
public final class ModerationPolicy {

    public static final String HONEYPOT = "honeypot";
    public static final String TOO_FAST = "too-fast";
    public static final String DISALLOWED_WORD = "disallowed-word";
    public static final String MODERATION_WORD = "moderation-word";
    public static final String TOO_MANY_LINKS = "too-many-links";
    public static final String KNOWN_COMMENTER = "known-commenter";
    public static final String FIRST_TIME_COMMENTER = "first-time-commenter";
    public static final String MANUAL_APPROVAL = "manual-approval";

    /**
     * An HTML anchor with an {@code href}, as WordPress counts it ({@code <a [^>]*href}), together
     * with its link text up to its {@code </a>} (when closed before the next anchor), so that a URL
     * shown as the link's text is not counted a second time.
     */
    private static final Pattern ANCHOR = Pattern.compile(
            "<a\\s[^>]*?href[^>]*>(?:(?:(?!<a\\s).)*?</a\\s*>)?", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /**
     * A bare URL: {@code http://} or {@code https://} starting a word, or {@code www.} not preceded by
     * a letter, digit, dot, slash, hyphen or {@code @} (so {@code https://www.} counts once).
     */
    private static final Pattern BARE_URL = Pattern.compile(
            "\\bhttps?://|(?<![\\w./@-])www\\.", Pattern.CASE_INSENSITIVE);

    private ModerationPolicy() {
    }

    public static ModerationDecision decide(DiscussionSettings settings, CommentArrival arrival) {
        if (arrival.honeypotFilled()) {
            return spam(HONEYPOT, "a form field hidden from people was filled in");
        }
        Duration fillTime = arrival.fillTime();
        Duration minimum = Duration.ofSeconds(settings.minimumFillSeconds());
        if (fillTime != null && !minimum.isZero() && fillTime.compareTo(minimum) < 0) {
            return spam(TOO_FAST, "the form was sent " + fillTime.toMillis() + " ms after it was served, sooner than "
                    + settings.minimumFillSeconds() + " s");
        }
        String disallowed = fieldHoldingAnyOf(settings.disallowedWords(), arrival);
        if (disallowed != null) {
            return spam(DISALLOWED_WORD, "an entry of the disallowed words was found in the " + disallowed);
        }
        String held = fieldHoldingAnyOf(settings.moderationWords(), arrival);
        if (held != null) {
            return pending(MODERATION_WORD, "an entry of the moderation words was found in the " + held);
        }
        int links = countLinks(arrival.text().value());
        if (links > settings.maxLinks()) {
            return pending(TOO_MANY_LINKS, links + " links, more than " + settings.maxLinks());
        }
        if (!settings.approveKnownCommenters()) {
            return pending(MANUAL_APPROVAL, "every comment waits for a moderator");
        }
        if (arrival.knownCommenter()) {
            return new ModerationDecision(ModerationStatus.APPROVED, KNOWN_COMMENTER,
                    "the commenter has an approved comment already");
        }
        return pending(FIRST_TIME_COMMENTER, "the commenter has no approved comment yet");
    }

    /**
     * Counts the links in a comment's text. Each HTML anchor with an {@code href} counts once,
     * whatever its link text holds; in the rest of the text each {@code http://} or {@code https://}
     * starting a word and each {@code www.} starting a host name counts once. So a Markdown link
     * {@code [text](https://example.org)} counts once, and {@code https://www.example.org} once.
     */
    public static int countLinks(String text) {
        int count = 0;
        StringBuilder rest = new StringBuilder();
        Matcher anchors = ANCHOR.matcher(text);
        int from = 0;
        while (anchors.find()) {
            count++;
            rest.append(text, from, anchors.start()).append(' ');
            from = anchors.end();
        }
        rest.append(text, from, text.length());
        Matcher urls = BARE_URL.matcher(rest);
        while (urls.find()) {
            count++;
        }
        return count;
    }

    /** The name of the first field that holds one of the entries, or null. */
    private static String fieldHoldingAnyOf(List<String> entries, CommentArrival arrival) {
        if (entries.isEmpty()) {
            return null;
        }
        Commenter commenter = arrival.commenter();
        String[][] fields = {
                {"name", commenter.name()},
                {"email", commenter.emailIfGiven().map(EmailAddress::value).orElse(null)},
                {"website", commenter.websiteIfGiven().map(WebsiteUrl::value).orElse(null)},
                {"content", arrival.text().value()},
                {"sender's address", arrival.senderAddress()}};
        for (String[] field : fields) {
            if (field[1] == null) {
                continue;
            }
            String value = lower(field[1]);
            for (String entry : entries) {
                if (value.contains(lower(entry))) {
                    return field[0];
                }
            }
        }
        return null;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static ModerationDecision spam(String rule, String reason) {
        return new ModerationDecision(ModerationStatus.SPAM, rule, reason);
    }

    private static ModerationDecision pending(String rule, String reason) {
        return new ModerationDecision(ModerationStatus.PENDING, rule, reason);
    }
}
