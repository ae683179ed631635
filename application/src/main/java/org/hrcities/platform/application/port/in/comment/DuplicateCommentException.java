package org.hrcities.platform.application.port.in.comment;

/** The same commenter (by email) already left exactly this comment on the post. */
public class DuplicateCommentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateCommentException() {
        super("this comment was received already: it looks as though you said that before");
    }
}
