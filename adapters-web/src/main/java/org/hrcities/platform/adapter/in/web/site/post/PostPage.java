package org.hrcities.platform.adapter.in.web.site.post;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.site.CityLink;
import org.hrcities.platform.adapter.in.web.site.SafeHtml;

/** Everything the page of one post shows. */
public record PostPage(String slug, String title, String excerpt, String author, Instant publishedAt, SafeHtml body,
                       List<CityLink> cities, List<CommentNode> comments, int commentCount, boolean commentsOpen,
                       boolean commentReceived, CommentForm form) {

    public String href() {
        return "/posts/" + slug;
    }

    /** The form is shown while comments are open, and whenever it holds text that must not be lost. */
    public boolean showsForm() {
        return commentsOpen || form.hasErrors();
    }
}
