package org.hrcities.platform.adapter.in.web.error;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hrcities.platform.application.port.OnlineBackupNotOfferedException;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.in.account.AccountNotFoundException;
import org.hrcities.platform.application.port.in.account.LastAdministratorException;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
import org.hrcities.platform.application.port.in.comment.CommentFloodException;
import org.hrcities.platform.application.port.in.privacy.MailUnavailableException;
import org.hrcities.platform.application.port.in.comment.CommentNotFoundException;
import org.hrcities.platform.application.port.in.comment.ReportFloodException;
import org.hrcities.platform.application.port.in.comment.DuplicateCommentException;
import org.hrcities.platform.application.port.in.mail.MailNotFailedException;
import org.hrcities.platform.application.port.in.event.EventNotFoundException;
import org.hrcities.platform.application.port.in.mail.MailNotFoundException;
import org.hrcities.platform.application.port.in.media.MediaNotFoundException;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.application.port.in.post.PostMovedException;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.in.topic.TopicNotFoundException;
import org.hrcities.platform.domain.account.EmailAlreadyTakenException;
import org.hrcities.platform.domain.city.PartnerCityStateException;
import org.hrcities.platform.domain.event.EventStateException;
import org.hrcities.platform.domain.comment.CommentHasRepliesException;
import org.hrcities.platform.domain.comment.CommentsNotAcceptedException;
import org.hrcities.platform.domain.comment.ModerationNotAllowedException;
import org.hrcities.platform.domain.post.PostStateException;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.shared.TranslationAlreadyExistsException;

/**
 * Turns every failure into RFC 9457 problem details, so that no request ever sees a stack trace or
 * a container's error page. Unexpected failures are logged with an incident id that the response
 * repeats, and nothing else about them leaves the server.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** Seconds a client should wait before trying again while the database is unavailable. */
    static final int STORAGE_RETRY_AFTER_SECONDS = 5;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    /** The site's languages, for error pages in the language of their address (absent in unit tests). */
    @jakarta.inject.Inject
    private LanguageRoutes routes;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof PostMovedException moved && isRead()) {
            return movedPermanently(moved);
        }
        Response problem = problemFor(failure);
        if (uri == null) {
            return problem;
        }
        return routes != null ? ErrorPages.forRequest(uri, problem, routes)
                : ErrorPages.forPath(uri.getPath() == null ? "" : uri.getPath(), problem);
    }

    private boolean isRead() {
        return uri != null && request != null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    /**
     * 301 from a post's former slug to its current one, for the page and the API alike: the path
     * segment that names the former slug is replaced and the query string is kept.
     */
    private Response movedPermanently(PostMovedException moved) {
        List<jakarta.ws.rs.core.PathSegment> segments = uri.getPathSegments();
        UriBuilder target = UriBuilder.fromPath("/");
        boolean replaced = false;
        for (jakarta.ws.rs.core.PathSegment segment : segments) {
            if (segment.getPath().isEmpty()) {
                continue;
            }
            boolean former = !replaced && segment.getPath().equals(moved.formerSlug().value());
            target.segment(former ? moved.currentSlug().value() : segment.getPath());
            replaced |= former;
        }
        String query = uri.getRequestUri().getRawQuery();
        if (query != null) {
            target.replaceQuery(query);
        }
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(target.build())
                .header("Cache-Control", "no-cache").build();
    }

    private Response problemFor(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response unreadable = unreadableBody(web.getCause());
            return unreadable != null ? unreadable : fromWebApplication(web);
        }
        if (failure instanceof InvalidRequestException invalid) {
            return Problems.invalid(uri, invalid.errors());
        }
        if (failure instanceof InvalidValueException invalid) {
            return Problems.invalid(uri, List.of(new FieldErrorResponse(invalid.field(), invalid.getMessage())));
        }
        if (failure instanceof PostNotFoundException || failure instanceof PartnerCityNotFoundException
                || failure instanceof TopicNotFoundException || failure instanceof SitePageNotFoundException
                || failure instanceof MediaNotFoundException || failure instanceof MailNotFoundException
                || failure instanceof EventNotFoundException) {
            return problem(404, "not-found", "Not found", failure.getMessage());
        }
        if (failure instanceof MailNotFailedException) {
            return problem(409, "wrong-state", "Not possible in this state", failure.getMessage());
        }
        if (failure instanceof PostStateException || failure instanceof PartnerCityStateException
                || failure instanceof EventStateException || failure instanceof MailUnavailableException) {
            return problem(409, "wrong-state", "Not possible in this state", failure.getMessage());
        }
        if (failure instanceof AccountNotFoundException) {
            return problem(404, "not-found", "Not found", failure.getMessage());
        }
        if (failure instanceof EmailAlreadyTakenException || failure instanceof LastAdministratorException) {
            return problem(409, "conflict", "Conflict", failure.getMessage());
        }
        if (failure instanceof CommentsNotAcceptedException) {
            return problem(403, "comments-closed", "Comments are closed", failure.getMessage());
        }
        if (failure instanceof DuplicateCommentException) {
            return problem(409, "duplicate-comment", "Duplicate comment", failure.getMessage());
        }
        if (failure instanceof CommentFloodException flood) {
            return Problems.builder(uri, 429, "comment-flood", "Too many comments", failure.getMessage(), null)
                    .header("Retry-After", flood.retryAfter().toSeconds()).build();
        }
        if (failure instanceof ReportFloodException flood) {
            return Problems.builder(uri, 429, "report-flood", "Too many reports", failure.getMessage(), null)
                    .header("Retry-After", flood.retryAfter().toSeconds()).build();
        }
        if (failure instanceof CommentNotFoundException) {
            return problem(404, "not-found", "Not found", failure.getMessage());
        }
        if (failure instanceof ModerationNotAllowedException) {
            return problem(409, "moderation-not-allowed", "Moderation not allowed", failure.getMessage());
        }
        if (failure instanceof CommentHasRepliesException) {
            return problem(409, "comment-has-replies", "Comment has replies", failure.getMessage());
        }
        if (failure instanceof StorageUnavailableException) {
            LOG.warning(() -> failure.getMessage() + (failure.getCause() == null ? "" : ": " + failure.getCause()));
            return Problems.builder(uri, 503, "database-unavailable", "Service unavailable",
                    "the site cannot reach its database at the moment; try again in a few seconds", null)
                    .header("Retry-After", STORAGE_RETRY_AFTER_SECONDS).build();
        }
        if (failure instanceof OnlineBackupNotOfferedException) {
            return problem(409, "backup-not-offered", "Backup not offered", failure.getMessage());
        }
        if (failure instanceof ConcurrentUpdateException || failure instanceof SlugAlreadyTakenException
                || failure instanceof TranslationAlreadyExistsException) {
            return problem(409, "conflict", "Conflict", failure.getMessage());
        }
        Response unreadable = unreadableBody(failure);
        if (unreadable != null) {
            return unreadable;
        }
        if (isFormOfTheWrongType(failure)) {
            return problem(415, "unsupported-media-type", "Unsupported Media Type",
                    "this address takes a form: the body must be application/x-www-form-urlencoded");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident + ": unexpected failure", failure);
        return problem(500, "internal-error", "Internal error",
                "the server failed to answer; the failure was logged as incident " + incident);
    }

    private Response fromWebApplication(WebApplicationException web) {
        Response original = web.getResponse();
        int status = original.getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        String ownMessage = web.getMessage() != null && !web.getMessage().startsWith("HTTP ") ? web.getMessage() : null;
        String detail = switch (status) {
            case 404 -> ownMessage != null ? ownMessage : "nothing is published at this address";
            case 405 -> "this address does not accept " + (request == null ? "this method" : request.getMethod())
                    + "; see the Allow header";
            case 406 -> "this address cannot answer in any of the media types the Accept header lists";
            case 415 -> "this address does not accept a body of this Content-Type";
            default -> ownMessage != null ? ownMessage : title;
        };
        Response.ResponseBuilder response = Problems.builder(uri, status, kind(title), title, detail, null);
        for (String header : List.of("Allow", "Retry-After", "WWW-Authenticate")) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }

    /**
     * A body that could not be read as the JSON the endpoint expects, said as precisely as possible;
     * null otherwise. Request records are read by input.JsonRecordReader, which names refused fields
     * itself (InvalidRequestException); a JsonbException can only come from another body type.
     */
    private Response unreadableBody(Throwable failure) {
        boolean jsonb = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoContentException) {
                return problem(400, "malformed-body", "Malformed request body", "a JSON body is required");
            }
            if (cause instanceof JsonParsingException parsing) {
                String where = parsing.getLocation() == null ? "" : " (line " + parsing.getLocation().getLineNumber()
                        + ", column " + parsing.getLocation().getColumnNumber() + ")";
                return problem(400, "malformed-body", "Malformed request body", "the request body is not valid JSON" + where);
            }
            if (cause instanceof MalformedBodyException malformed) {
                return problem(400, "malformed-body", "Malformed request body", malformed.getMessage());
            }
            if (cause instanceof InvalidRequestException invalid) {
                return Problems.invalid(uri, invalid.errors());
            }
            jsonb |= cause instanceof JsonbException;
        }
        return jsonb ? problem(400, "malformed-body", "Malformed request body",
                "the request body must be a JSON object with the fields this endpoint documents") : null;
    }

    /**
     * Jersey's failure when a resource reads form fields ({@code @FormParam}) from a request whose body
     * is not a form (one without a body but with another Content-Type gets past the method's
     * {@code @Consumes}): the client's mistake, not the server's.
     */
    private static boolean isFormOfTheWrongType(Throwable failure) {
        return failure instanceof IllegalStateException && failure.getMessage() != null
                && failure.getMessage().contains("@FormParam");
    }

    private Response problem(int status, String kind, String title, String detail) {
        return Problems.builder(uri, status, kind, title, detail, null).build();
    }

    private static String kind(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
