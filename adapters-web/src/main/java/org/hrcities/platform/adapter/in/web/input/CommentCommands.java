package org.hrcities.platform.adapter.in.web.input;

import java.time.Duration;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * Turns a comment as typed (in the API's JSON or the page's form) on the post at a slug among the posts
 * in a language into the use case's command,
 * reporting every refused input at once under the name the client used for it.
 */
public final class CommentCommands {

    /** What the client calls each input: the API and the form name them differently. */
    public record FieldNames(String name, String email, String website, String content, String parentId) {
    }

    public static final FieldNames API = new FieldNames("authorName", "authorEmail", "authorUrl", "content", "parentId");
    public static final FieldNames FORM = new FieldNames("name", "email", "website", "comment", "parent");

    private CommentCommands() {
    }

    /** @throws InvalidRequestException naming every refused input */
    public static SubmitCommentCommand toCommand(Language language, Slug post, FieldNames names, String name,
                                                 String email, String website, String content, String parentId,
                                                 boolean honeypotFilled) {
        return toCommand(language, post, names, name, email, website, content, parentId, honeypotFilled, null, null);
    }

    /**
     * As {@link #toCommand(Language, Slug, FieldNames, String, String, String, String, String, boolean)}, with the
     * sender's network address (null when unknown) and how long the form took to fill in (null for API clients).
     *
     * @throws InvalidRequestException naming every refused input
     */
    public static SubmitCommentCommand toCommand(Language language, Slug post, FieldNames names, String name,
                                                 String email, String website, String content, String parentId,
                                                 boolean honeypotFilled, String senderAddress, Duration fillTime) {
        FieldErrors errors = new FieldErrors();
        String checkedName = errors.capture(names.name(), () -> Commenter.validName(name));
        EmailAddress checkedEmail = errors.capture(names.email(), () -> EmailAddress.parse(email));
        WebsiteUrl checkedWebsite = isBlank(website) ? null : errors.capture(names.website(), () -> WebsiteUrl.parse(website));
        CommentText text = errors.capture(names.content(), () -> new CommentText(content));
        CommentId parent = isBlank(parentId) ? null
                : errors.capture(names.parentId(), () -> CommentId.parse(names.parentId(), parentId.strip()));
        errors.throwIfAny();
        return new SubmitCommentCommand(language, post, new Commenter(checkedName, checkedEmail, checkedWebsite), text, parent,
                honeypotFilled, senderAddress, fillTime);
    }

    /** The field names of a form, keyed by what the domain calls them. */
    public static Map<String, String> asMap(FieldNames names) {
        return Map.of("name", names.name(), "email", names.email(), "website", names.website(),
                "content", names.content(), "parentId", names.parentId());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
