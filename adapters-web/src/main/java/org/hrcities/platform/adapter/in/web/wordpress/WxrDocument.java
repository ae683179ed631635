package org.hrcities.platform.adapter.in.web.wordpress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * One reading of one export: what each element of WXR means, handed to the handler as soon as it is
 * whole. Only the item being read (with its comments) is held; the terms already reported are
 * remembered by taxonomy and slug, to report each once. Elements it does not know, in any namespace,
 * are skipped with all they hold.
 */
final class WxrDocument {

    /** What WordPress's own importer accepts as a WXR version. */
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+");

    private final WxrCursor xml;
    private final WxrHandler handler;
    private final WxrFields site = new WxrFields();
    private final Set<String> termsSeen = new HashSet<>();
    private boolean siteSent;

    WxrDocument(WxrCursor xml, WxrHandler handler) {
        this.xml = xml;
        this.handler = handler;
    }

    void read() throws XMLStreamException {
        xml.toRoot();
        if (!xml.key().equals("rss")) {
            throw xml.notWxr("its root element is " + xml.shownName() + ", not <rss>");
        }
        boolean channelRead = false;
        while (xml.nextChild()) {
            if (!channelRead && xml.key().equals("channel")) {
                channel();
                channelRead = true;
            } else {
                xml.skip();
            }
        }
        if (!channelRead) {
            throw xml.notWxr("its <rss> has no <channel>");
        }
        xml.toEnd();
    }

    private void channel() throws XMLStreamException {
        while (xml.nextChild()) {
            String key = xml.key();
            switch (key) {
                case "title", "link", "language", "wp:wxr_version", "wp:base_site_url", "wp:base_blog_url" ->
                        xml.readInto(site);
                case "wp:author" -> {
                    sendSite("before its first " + xml.shownName());
                    handler.author(author());
                }
                case "wp:category", "wp:tag", "wp:term" -> {
                    sendSite("before its first " + xml.shownName());
                    term(key);
                }
                case "item" -> {
                    sendSite("before its first " + xml.shownName());
                    handler.item(item());
                }
                default -> xml.skip();
            }
        }
        sendSite("");
    }

    /** Hands the site over once, when the channel's description is complete; refuses a channel that is not WXR's. */
    private void sendSite(String where) {
        if (siteSent) {
            return;
        }
        String version = site.token("wp:wxr_version");
        if (version.isEmpty()) {
            throw xml.notWxr(("its <channel> has no <wp:wxr_version> " + where).strip());
        }
        if (!VERSION.matcher(version).matches()) {
            throw xml.notWxr("its <wp:wxr_version> is \"" + version + "\", not a version such as 1.2");
        }
        siteSent = true;
        handler.site(new WxrSite(site.text("title"), site.token("link"), site.token("wp:base_site_url"),
                site.token("wp:base_blog_url"), site.token("language"), version));
    }

    private WxrAuthor author() throws XMLStreamException {
        WxrFields author = childrenOf();
        return new WxrAuthor(author.number("wp:author_id"), author.token("wp:author_login"),
                author.token("wp:author_email"), author.text("wp:author_display_name"),
                author.text("wp:author_first_name"), author.text("wp:author_last_name"));
    }

    private void term(String key) throws XMLStreamException {
        WxrFields term = childrenOf();
        long id = term.number("wp:term_id");
        WxrTerm read = switch (key) {
            case "wp:category" -> new WxrTerm("category", id, term.token("wp:category_nicename"),
                    term.text("wp:cat_name"), term.token("wp:category_parent"), term.text("wp:category_description"));
            case "wp:tag" -> new WxrTerm("post_tag", id, term.token("wp:tag_slug"), term.text("wp:tag_name"), "",
                    term.text("wp:tag_description"));
            default -> new WxrTerm(term.token("wp:term_taxonomy"), id, term.token("wp:term_slug"),
                    term.text("wp:term_name"), term.token("wp:term_parent"), term.text("wp:term_description"));
        };
        if (termsSeen.add(read.taxonomy() + '\n' + read.slug())) {
            handler.term(read);
        }
    }

    private WxrItem item() throws XMLStreamException {
        WxrFields item = new WxrFields();
        List<WxrItemTerm> terms = new ArrayList<>();
        List<WxrMeta> meta = new ArrayList<>();
        List<WxrComment> comments = new ArrayList<>();
        while (xml.nextChild()) {
            switch (xml.key()) {
                case "category" -> itemTerm(terms);
                case "wp:postmeta" -> meta.add(meta());
                case "wp:comment" -> comments.add(comment());
                default -> xml.readInto(item);
            }
        }
        return new WxrItem(item.number("wp:post_id"), item.token("wp:post_type"), item.token("wp:status"),
                item.text("title"), item.token("link"), item.token("guid"), item.token("dc:creator"),
                item.text("content:encoded"), item.text("excerpt:encoded"), item.gmt("wp:post_date_gmt"),
                item.local("wp:post_date"), item.gmt("wp:post_modified_gmt"), item.token("wp:post_name"),
                item.number("wp:post_parent"), item.smallNumber("wp:menu_order"), item.text("wp:post_password"),
                item.flag("wp:is_sticky"), item.token("wp:comment_status"), item.token("wp:attachment_url"),
                terms, meta, comments);
    }

    /**
     * An item's {@code <category domain="..." nicename="...">name</category>}; one without both
     * attributes (old exports wrote each category a second time so) is skipped, as WordPress's importer does.
     */
    private void itemTerm(List<WxrItemTerm> terms) throws XMLStreamException {
        String domain = xml.attribute("domain");
        String nicename = xml.attribute("nicename");
        String name = xml.text();
        if (domain != null && nicename != null) {
            terms.add(new WxrItemTerm(domain.strip(), nicename.strip(), name));
        }
    }

    private WxrComment comment() throws XMLStreamException {
        WxrFields comment = new WxrFields();
        List<WxrMeta> meta = new ArrayList<>();
        while (xml.nextChild()) {
            if (xml.key().equals("wp:commentmeta")) {
                meta.add(meta());
            } else {
                xml.readInto(comment);
            }
        }
        return new WxrComment(comment.number("wp:comment_id"), comment.text("wp:comment_author"),
                comment.token("wp:comment_author_email"), comment.token("wp:comment_author_url"),
                comment.token("wp:comment_author_IP"), comment.gmt("wp:comment_date_gmt"),
                comment.local("wp:comment_date"), comment.text("wp:comment_content"),
                comment.token("wp:comment_approved"), comment.token("wp:comment_type"),
                comment.number("wp:comment_parent"), comment.number("wp:comment_user_id"), meta);
    }

    private WxrMeta meta() throws XMLStreamException {
        WxrFields meta = childrenOf();
        return new WxrMeta(meta.text("wp:meta_key"), meta.text("wp:meta_value"));
    }

    /** The text of every child of the current element, which holds text children only. */
    private WxrFields childrenOf() throws XMLStreamException {
        WxrFields fields = new WxrFields();
        while (xml.nextChild()) {
            xml.readInto(fields);
        }
        return fields;
    }
}
