package org.hrcities.platform.adapter.in.web.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One comment, pingback or trackback on an item, as stored: names, addresses and bodies are the
 * visitor's raw text (markup included), never cleaned by the reader. WordPress exports no spam, so a
 * reply may name a parent that is not in the file.
 *
 * @param id          the comment's id on the exporting site
 * @param author      the name the commenter gave
 * @param authorEmail empty if none
 * @param authorUrl   empty if none
 * @param authorIp    the address the comment came from, empty if none
 * @param dateGmt     when it was written, or null if WordPress left the date unset
 * @param date        the same in the site's time zone, or null
 * @param content     the comment's body
 * @param approved    the moderation state as WordPress stores it: {@code 1} approved, {@code 0} pending,
 *                    {@code trash}, {@code spam}, {@code post-trashed}
 * @param type        empty or {@code comment} for a comment, {@code pingback}, {@code trackback}, or a plugin's type
 * @param parentId    the comment this one replies to, 0 for none
 * @param userId      the registered user who wrote it, 0 for a visitor
 * @param meta        the comment's meta entries, in the file's order
 */
public record WxrComment(long id, String author, String authorEmail, String authorUrl, String authorIp,
                         Instant dateGmt, LocalDateTime date, String content, String approved, String type,
                         long parentId, long userId, List<WxrMeta> meta) {

    public WxrComment {
        meta = List.copyOf(meta);
    }
}
