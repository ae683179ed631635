package org.hrcities.platform.domain.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Text;

/**
 * The site's discussion settings, as WordPress's "Settings → Discussion": when comments close, which
 * comments are held or thrown into spam on arrival, and how fast one sender may comment.
 *
 * @param commentsOpenOnNewPosts whether new posts start with their comments open
 * @param closeCommentsAfterDays comments close on posts published more than this many days ago; 0 = never
 * @param approveKnownCommenters approve a comment at once when its commenter (same name and email, ignoring
 *        case) has an approved comment already; otherwise every comment that no other rule sends elsewhere is held
 * @param maxLinks a comment with more links than this is held (see {@link ModerationPolicy#countLinks})
 * @param moderationWords a comment holding any of them (in name, email, website, content or sender's address) is held
 * @param disallowedWords a comment holding any of them goes to spam
 * @param floodIntervalSeconds one sender (address or email) may comment once per interval; 0 = no limit
 * @param minimumFillSeconds a form sent sooner than this after it was served goes to spam; 0 = no check
 * @param reportThreshold a public comment reported by this many distinct readers is held for moderation;
 *        0 = reports never hide a comment by themselves
 * @param version the stored version these settings were read at; 0 when never stored
 * @param erasureDeletesComments when a commenter has their data erased, delete their comments (a comment
 *        that others answered stays, anonymised, its text replaced by a notice) rather than anonymise them
 */
public record DiscussionSettings(boolean commentsOpenOnNewPosts, int closeCommentsAfterDays,
                                 boolean approveKnownCommenters, int maxLinks, List<String> moderationWords,
                                 List<String> disallowedWords, int floodIntervalSeconds, int minimumFillSeconds,
                                 int reportThreshold, long version, boolean erasureDeletesComments) {

    public static final int MAX_CLOSE_AFTER_DAYS = 3650;
    public static final int MAX_LINKS = 100;
    public static final int MAX_FLOOD_INTERVAL_SECONDS = 3600;
    public static final int MAX_MINIMUM_FILL_SECONDS = 600;
    public static final int MAX_REPORT_THRESHOLD = 1000;
    /** Distinct readers whose reports hide a comment, unless the settings say otherwise. */
    public static final int DEFAULT_REPORT_THRESHOLD = 3;
    /** Entries per word list. */
    public static final int MAX_WORDS = 1000;
    /** Characters per entry of a word list. */
    public static final int MAX_WORD_LENGTH = 100;

    public DiscussionSettings {
        requireBetween("closeCommentsAfterDays", closeCommentsAfterDays, MAX_CLOSE_AFTER_DAYS);
        requireBetween("maxLinks", maxLinks, MAX_LINKS);
        requireBetween("floodIntervalSeconds", floodIntervalSeconds, MAX_FLOOD_INTERVAL_SECONDS);
        requireBetween("minimumFillSeconds", minimumFillSeconds, MAX_MINIMUM_FILL_SECONDS);
        requireBetween("reportThreshold", reportThreshold, MAX_REPORT_THRESHOLD);
        moderationWords = words("moderationWords", moderationWords);
        disallowedWords = words("disallowedWords", disallowedWords);
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /**
     * Settings with the {@linkplain #DEFAULT_REPORT_THRESHOLD default report threshold} whose erasures
     * anonymise comments (WordPress's way).
     */
    public DiscussionSettings(boolean commentsOpenOnNewPosts, int closeCommentsAfterDays, boolean approveKnownCommenters,
                              int maxLinks, List<String> moderationWords, List<String> disallowedWords,
                              int floodIntervalSeconds, int minimumFillSeconds, long version) {
        this(commentsOpenOnNewPosts, closeCommentsAfterDays, approveKnownCommenters, maxLinks, moderationWords,
                disallowedWords, floodIntervalSeconds, minimumFillSeconds, DEFAULT_REPORT_THRESHOLD, version);
    }

    /** Settings whose erasures anonymise comments (WordPress's way). */
    public DiscussionSettings(boolean commentsOpenOnNewPosts, int closeCommentsAfterDays, boolean approveKnownCommenters,
                              int maxLinks, List<String> moderationWords, List<String> disallowedWords,
                              int floodIntervalSeconds, int minimumFillSeconds, int reportThreshold, long version) {
        this(commentsOpenOnNewPosts, closeCommentsAfterDays, approveKnownCommenters, maxLinks, moderationWords,
                disallowedWords, floodIntervalSeconds, minimumFillSeconds, reportThreshold, version, false);
    }

    /** WordPress's defaults, and a report threshold of three readers; never stored (version 0). */
    public static DiscussionSettings defaults() {
        return new DiscussionSettings(true, 0, false, 2, List.of(), List.of(), 15, 2, DEFAULT_REPORT_THRESHOLD, 0);
    }

    /** The same settings at another stored version; used by storage adapters. */
    public DiscussionSettings withVersion(long storedVersion) {
        return new DiscussionSettings(commentsOpenOnNewPosts, closeCommentsAfterDays, approveKnownCommenters, maxLinks,
                moderationWords, disallowedWords, floodIntervalSeconds, minimumFillSeconds, reportThreshold, storedVersion,
                erasureDeletesComments);
    }

    /** Whether reports from this many distinct readers hide a public comment until a moderator decides. */
    public boolean hidesAfterReports(long distinctReaders) {
        return reportThreshold > 0 && distinctReaders >= reportThreshold;
    }

    /** Reads a word list typed one entry per line (as in an admin's text area). */
    public static List<String> wordsFromLines(String lines) {
        return lines == null ? List.of() : List.of(lines.split("\\R"));
    }

    /** Whether readers may comment on the post now: published, comments open, and not closed by age. */
    public boolean commentsOpenOn(Post post, Instant now) {
        return post.acceptsComments() && !closedByAge(post, now);
    }

    /** Whether the post was published more than {@link #closeCommentsAfterDays} days before {@code now}. */
    public boolean closedByAge(Post post, Instant now) {
        Objects.requireNonNull(now, "now");
        if (closeCommentsAfterDays == 0 || post.publishedAt().isEmpty()) {
            return false;
        }
        return post.publishedAt().get().plus(Duration.ofDays(closeCommentsAfterDays)).isBefore(now);
    }

    /**
     * @throws CommentsNotAcceptedException unless readers may comment on the post now
     */
    public void requireCommentsOpenOn(Post post, Instant now) {
        if (!post.acceptsComments()) {
            throw new CommentsNotAcceptedException(post.isPublished());
        }
        if (closedByAge(post, now)) {
            throw CommentsNotAcceptedException.closedAfter(closeCommentsAfterDays);
        }
    }

    /** What the rules on arrival decide for a new comment; see {@link ModerationPolicy}. */
    public ModerationDecision decide(CommentArrival arrival) {
        return ModerationPolicy.decide(this, arrival);
    }

    private static void requireBetween(String field, int value, int max) {
        if (value < 0 || value > max) {
            throw new InvalidValueException(field, field + " must lie between 0 and " + max);
        }
    }

    /** Trimmed entries without blank lines or repeats, in the order given. */
    private static List<String> words(String field, List<String> entries) {
        if (entries == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            kept.add(Text.requireSingleLine(field, entry, MAX_WORD_LENGTH));
        }
        if (kept.size() > MAX_WORDS) {
            throw new InvalidValueException(field, field + " may hold at most " + MAX_WORDS + " entries");
        }
        return List.copyOf(new ArrayList<>(kept));
    }
}
