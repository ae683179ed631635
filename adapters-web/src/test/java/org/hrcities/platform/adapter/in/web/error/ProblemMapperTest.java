package org.hrcities.platform.adapter.in.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
import org.hrcities.platform.application.port.in.comment.CommentFloodException;
import org.hrcities.platform.application.port.in.comment.CommentNotFoundException;
import org.hrcities.platform.application.port.in.comment.DuplicateCommentException;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.in.topic.TopicNotFoundException;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentHasRepliesException;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentsNotAcceptedException;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationNotAllowedException;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.TopicId;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void maps_the_application_failures_to_their_status_and_type() {
        assertProblem(mapper.toResponse(new PostNotFoundException(new Slug("x"))), 404, "/problems/not-found");
        assertProblem(mapper.toResponse(new ConcurrentUpdateException("post", "1")), 409, "/problems/conflict");
        assertProblem(mapper.toResponse(new org.hrcities.platform.domain.post.TranslationAlreadyExistsException(
                PostFixtures.aDraftPost().id(), PostFixtures.FRENCH)), 409, "/problems/conflict");
        assertProblem(mapper.toResponse(new InvalidValueException("email", "email is required")), 400, "/problems/invalid-request");
        CommentsNotAcceptedException closed = closedComments();
        assertProblem(mapper.toResponse(closed), 403, "/problems/comments-closed");
    }

    @Test
    void answers_a_missing_thing_404_whatever_it_was_looked_up_by() {
        ProblemResponse byId = assertProblem(mapper.toResponse(new PostNotFoundException(PostFixtures.aDraftPost().id())), 404,
                "/problems/not-found");
        assertTrue(byId.detail().startsWith("no post has the id "), byId.detail());
        ProblemResponse bySlug = assertProblem(mapper.toResponse(new PostNotFoundException(new Slug("gone"))), 404,
                "/problems/not-found");
        assertEquals("no published post has the slug \"gone\"", bySlug.detail());
        PartnerCityId city = PartnerCityId.generate();
        assertEquals("no partner city has the id " + city, assertProblem(mapper.toResponse(
                new PartnerCityNotFoundException(city)), 404, "/problems/not-found").detail());
        assertEquals("no partner city has the slug \"atlantis\"", assertProblem(mapper.toResponse(
                new PartnerCityNotFoundException(new Slug("atlantis"))), 404, "/problems/not-found").detail());
    }

    @Test
    void a_missing_topic_is_a_404_whatever_it_was_looked_up_by() {
        TopicId id = TopicId.generate();
        assertEquals("no topic has the id " + id, assertProblem(mapper.toResponse(new TopicNotFoundException(id)), 404,
                "/problems/not-found").detail());
        assertEquals("no topic has the slug \"atlantis\"", assertProblem(mapper.toResponse(
                new TopicNotFoundException(new Slug("atlantis"))), 404, "/problems/not-found").detail());
    }

    @Test
    void a_missing_page_is_a_404_whatever_it_was_looked_up_by() {
        SitePageId id = SitePageId.generate();
        assertEquals("no page has the id " + id, assertProblem(mapper.toResponse(new SitePageNotFoundException(id)),
                404, "/problems/not-found").detail());
        assertProblem(mapper.toResponse(new SitePageNotFoundException(new Slug("draft"))), 404, "/problems/not-found");
    }

    @Test
    void maps_the_comment_and_moderation_failures_to_their_status_and_stable_type() {
        assertProblem(mapper.toResponse(new DuplicateCommentException()), 409, "/problems/duplicate-comment");
        assertProblem(mapper.toResponse(new CommentNotFoundException(CommentId.generate())), 404, "/problems/not-found");
        assertProblem(mapper.toResponse(new ModerationNotAllowedException(ModerationAction.APPROVE, ModerationStatus.TRASH)),
                409, "/problems/moderation-not-allowed");
        assertProblem(mapper.toResponse(new CommentHasRepliesException(CommentId.generate())), 409,
                "/problems/comment-has-replies");
    }

    @Test
    void a_comment_flood_is_a_429_that_says_when_to_try_again() {
        Response response = mapper.toResponse(new CommentFloodException(Duration.ofSeconds(12)));
        assertProblem(response, 429, "/problems/comment-flood");
        assertEquals("12", response.getHeaderString("Retry-After"));
    }

    @Test
    void an_unavailable_database_is_a_503_that_says_when_to_try_again_and_reveals_nothing_of_the_cause() {
        Response response = mapper.toResponse(new StorageUnavailableException("the database is unavailable",
                new java.sql.SQLTransientConnectionException("hrc - Connection is not available, db.internal:5432")));
        ProblemResponse problem = assertProblem(response, 503, "/problems/database-unavailable");
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals("the site cannot reach its database at the moment; try again in a few seconds", problem.detail());
    }

    @Test
    void form_fields_read_from_a_body_that_is_no_form_are_a_415() {
        assertProblem(mapper.toResponse(new IllegalStateException("The @FormParam is utilized when the content type of the "
                + "request entity is not application/x-www-form-urlencoded")), 415, "/problems/unsupported-media-type");
    }

    @Test
    void an_unexpected_failure_is_a_500_that_reveals_nothing_but_an_incident_id() {
        Response response = mapper.toResponse(new IllegalStateException("SELECT * FROM secrets failed at db.internal:5432"));
        ProblemResponse problem = assertProblem(response, 500, "/problems/internal-error");
        assertFalse(problem.detail().contains("secrets"));
        assertFalse(problem.detail().contains("5432"));
    }

    @Test
    void refused_fields_are_named_also_when_the_container_wraps_the_refusal() {
        List<FieldErrorResponse> refused = List.of(new FieldErrorResponse("comments[2].version",
                "comments[2].version must be a whole number"), new FieldErrorResponse("status", "status is not a field of this request"));
        for (RuntimeException failure : List.of(new InvalidRequestException(refused),
                new BadRequestException(new InvalidRequestException(refused)))) {
            ProblemResponse problem = assertProblem(mapper.toResponse(failure), 400, "/problems/invalid-request");
            assertEquals(refused, problem.errors());
            assertEquals("2 inputs were refused; see errors", problem.detail());
        }
    }

    @Test
    void a_json_body_that_is_not_an_object_is_malformed_with_the_readers_reason() {
        for (RuntimeException failure : List.of(new MalformedBodyException("the request body nests arrays or objects more than 100 deep"),
                new BadRequestException(new MalformedBodyException("the request body nests arrays or objects more than 100 deep")))) {
            ProblemResponse problem = assertProblem(mapper.toResponse(failure), 400, "/problems/malformed-body");
            assertEquals("the request body nests arrays or objects more than 100 deep", problem.detail());
            assertNull(problem.errors());
        }
    }

    @Test
    void a_body_json_b_could_not_bind_is_malformed_without_repeating_its_message() {
        ProblemResponse problem = assertProblem(mapper.toResponse(new BadRequestException(new JsonbException(
                "Unable to deserialize property 'content' because of: Incorrect position for processing type"))),
                400, "/problems/malformed-body");
        assertEquals("the request body must be a JSON object with the fields this endpoint documents", problem.detail());
    }

    @Test
    void a_wrong_method_keeps_the_allow_header() {
        Response response = mapper.toResponse(new NotAllowedException("GET", new String[] {"OPTIONS"}));
        ProblemResponse problem = assertProblem(response, 405, "/problems/method-not-allowed");
        assertNull(problem.errors());
        assertEquals(java.util.Set.of("GET", "OPTIONS"),
                java.util.Set.of(response.getHeaderString("Allow").replace(" ", "").split(",")));
    }

    private static CommentsNotAcceptedException closedComments() {
        try {
            CommentFixtures.aPendingComment(PostFixtures.aPublishedPostWithCommentsClosed());
            throw new AssertionError("comments were accepted");
        } catch (CommentsNotAcceptedException e) {
            return e;
        }
    }

    private static ProblemResponse assertProblem(Response response, int status, String type) {
        assertEquals(status, response.getStatus());
        assertEquals(ProblemResponse.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        ProblemResponse problem = (ProblemResponse) response.getEntity();
        assertEquals(type, problem.type());
        assertEquals(status, problem.status());
        return problem;
    }
}
