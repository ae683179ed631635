package org.hrcities.platform.adapter.in.web.input;

import jakarta.ws.rs.NotFoundException;
import java.util.UUID;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.topic.TopicId;

/** Ids read from paths (where a malformed id is simply nothing: 404) and from inputs (400 on the field). */
public final class Ids {

    private Ids() {
    }

    public static PostId postFromPath(String text) {
        try {
            return new PostId(UUID.fromString(text));
        } catch (RuntimeException e) {
            throw new NotFoundException("no post has this id");
        }
    }

    public static CommentId commentFromPath(String text) {
        try {
            return new CommentId(UUID.fromString(text));
        } catch (RuntimeException e) {
            throw new NotFoundException("no comment has this id");
        }
    }

    public static PartnerCityId cityFromPath(String text) {
        try {
            return new PartnerCityId(UUID.fromString(text));
        } catch (RuntimeException e) {
            throw new NotFoundException("no partner city has this id");
        }
    }

    public static SitePageId pageFromPath(String text) {
        try {
            return new SitePageId(UUID.fromString(text));
        } catch (RuntimeException e) {
            throw new NotFoundException("no page has this id");
        }
    }

    public static MediaId mediaFromPath(String text) {
        try {
            return new MediaId(UUID.fromString(text));
        } catch (RuntimeException e) {
            throw new NotFoundException("no media file has this id");
        }
    }

    /** @throws InvalidValueException on {@code field} if the text is not a UUID */
    public static MediaId media(String field, String text) {
        try {
            return new MediaId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, field + " must be a media file's id (a UUID), not \"" + abbreviate(text) + "\"");
        }
    }

    public static TopicId topicFromPath(String text) {
        try {
            return new TopicId(UUID.fromString(text));
        } catch (RuntimeException e) {
            throw new NotFoundException("no topic has this id");
        }
    }

    public static EventId eventFromPath(String text) {
        try {
            return new EventId(UUID.fromString(text));
        } catch (RuntimeException e) {
            throw new NotFoundException("no event has this id");
        }
    }

    /** @throws InvalidValueException on {@code field} if the text is not a UUID */
    public static PostId post(String field, String text) {
        try {
            return new PostId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, field + " must hold post ids (UUIDs), not \"" + abbreviate(text) + "\"");
        }
    }

    /** @throws InvalidValueException on {@code field} if the text is not a UUID */
    public static PartnerCityId city(String field, String text) {
        try {
            return new PartnerCityId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, field + " must hold partner city ids (UUIDs), not \"" + abbreviate(text) + "\"");
        }
    }

    private static String abbreviate(String text) {
        String printable = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }
}
