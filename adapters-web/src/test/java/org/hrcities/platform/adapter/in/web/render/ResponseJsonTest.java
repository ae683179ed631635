package org.hrcities.platform.adapter.in.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.Instant;
import org.hrcities.platform.adapter.in.web.api.comment.CommentResponse;
import org.hrcities.platform.adapter.in.web.api.comment.SubmitCommentRequest;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.post.PostFixtures;
import org.junit.jupiter.api.Test;

/** The JSON that JSON-B makes of the API's records, with the API's configuration. */
class ResponseJsonTest {

    private final Jsonb jsonb = JsonbBuilder.create(JsonConfiguration.configuration());

    @Test
    void a_public_comment_never_carries_the_email_address() {
        Comment comment = CommentFixtures.anApprovedComment(PostFixtures.aPublishedPost(), Instant.parse("2021-01-05T10:00:00Z"));
        String json = jsonb.toJson(CommentResponse.from(comment));
        assertFalse(json.contains("amira@example.org"), json);
        assertFalse(json.contains("mail"), json);
        assertTrue(json.contains("\"submittedAt\":\"2021-01-05T10:00:00Z\""), json);
        assertFalse(json.contains("parentId"), "absent values are left out: " + json);
    }

    @Test
    void a_request_body_with_an_unknown_field_is_refused() {
        assertThrows(JsonbException.class, () -> jsonb.fromJson(
                "{\"authorName\":\"A\",\"authorEmail\":\"a@example.org\",\"content\":\"c\",\"status\":\"APPROVED\"}",
                SubmitCommentRequest.class));
    }

    @Test
    void a_request_body_is_read_into_the_record() {
        SubmitCommentRequest request = jsonb.fromJson(
                "{\"authorName\":\"A\",\"authorEmail\":\"a@example.org\",\"content\":\"c\"}", SubmitCommentRequest.class);
        assertEquals("A", request.authorName());
        assertEquals(null, request.authorUrl());
    }
}
