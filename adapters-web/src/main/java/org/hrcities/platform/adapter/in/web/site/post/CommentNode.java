package org.hrcities.platform.adapter.in.web.site.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.render.PlainText;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/** A public comment with its replies, as the post page nests them. Never the email address. */
public record CommentNode(String id, String author, String website, Instant at, List<PlainText.Piece> text,
                          boolean replyable, List<CommentNode> replies) {

    /** The threads of a post's approved comments, oldest first at every level. */
    public static List<CommentNode> threads(List<Comment> approved) {
        Map<CommentId, List<Comment>> children = new LinkedHashMap<>();
        List<Comment> roots = new ArrayList<>();
        java.util.Set<CommentId> present = new java.util.HashSet<>();
        approved.forEach(comment -> present.add(comment.id()));
        for (Comment comment : approved.stream().sorted(Comparator.comparing(Comment::submittedAt)).toList()) {
            CommentId parent = comment.parentId().orElse(null);
            if (parent == null || !present.contains(parent)) {
                roots.add(comment);
            } else {
                children.computeIfAbsent(parent, id -> new ArrayList<>()).add(comment);
            }
        }
        return roots.stream().map(root -> node(root, children)).toList();
    }

    private static CommentNode node(Comment comment, Map<CommentId, List<Comment>> children) {
        return new CommentNode(comment.id().toString(), comment.commenter().name(),
                comment.commenter().websiteIfGiven().map(WebsiteUrl::value).orElse(null), comment.submittedAt(),
                PlainText.pieces(comment.text().value()), comment.depth() < Comment.MAX_DEPTH,
                children.getOrDefault(comment.id(), List.of()).stream().map(child -> node(child, children)).toList());
    }
}
