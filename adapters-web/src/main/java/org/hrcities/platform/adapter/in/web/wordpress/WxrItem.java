package org.hrcities.platform.adapter.in.web.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One item of a WordPress export (a post, a page, an attachment, a menu entry or a plugin's post
 * type) with its terms, meta and comments. Text is as WordPress stored it; a value the file leaves
 * out is empty, never null, except for dates, which are null where WordPress leaves them unset
 * ({@code 0000-00-00 00:00:00}, as for drafts).
 *
 * @param postId        the item's id on the exporting site
 * @param postType      {@code post}, {@code page}, {@code attachment}, {@code nav_menu_item}...
 * @param status        {@code publish}, {@code draft}, {@code future}, {@code private}, {@code pending},
 *                      {@code trash}, {@code inherit} (attachments)...
 * @param title         the title, as stored
 * @param link          the permalink when the item was exported ({@code ?p=id} for unpublished ones)
 * @param guid          the item's permanent identifier: its address when first saved, never updated
 * @param creator       the author's login ({@link WxrAuthor#login()})
 * @param content       the body ({@code content:encoded}): HTML with block comments and shortcodes
 * @param excerpt       the hand-written excerpt, empty if none
 * @param postDateGmt   when it was (or will be) published, or null for a draft
 * @param postDate      the same in the site's time zone, or null
 * @param modifiedGmt   when it was last changed, or null
 * @param postName      the slug, empty for a draft that never had one
 * @param postParent    the parent page, or the post an attachment belongs to; 0 for none
 * @param menuOrder     the position among its siblings
 * @param password      the password that protects it, empty if none
 * @param sticky        whether it is pinned to the top of the blog
 * @param commentStatus {@code open} or {@code closed}
 * @param attachmentUrl the file's address for an attachment, empty otherwise
 * @param terms         its categories, tags and other terms, in the file's order
 * @param meta          its meta entries, in the file's order
 * @param comments      its comments, in the file's order
 */
public record WxrItem(long postId, String postType, String status, String title, String link, String guid,
                      String creator, String content, String excerpt, Instant postDateGmt, LocalDateTime postDate,
                      Instant modifiedGmt, String postName, long postParent, int menuOrder, String password,
                      boolean sticky, String commentStatus, String attachmentUrl, List<WxrItemTerm> terms,
                      List<WxrMeta> meta, List<WxrComment> comments) {

    public WxrItem {
        terms = List.copyOf(terms);
        meta = List.copyOf(meta);
        comments = List.copyOf(comments);
    }

    /** The values of every meta entry with this key, in the file's order. */
    public List<String> metaValues(String key) {
        return meta.stream().filter(entry -> entry.key().equals(key)).map(WxrMeta::value).toList();
    }
}
