package org.hrcities.platform.domain.comment;

import org.hrcities.platform.domain.shared.InvalidValueException;

/** A reply must answer a public comment of the same post, within the depth that threads allow. */
public class InvalidReplyException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    InvalidReplyException(String message) {
        super("parentId", message);
    }
}
