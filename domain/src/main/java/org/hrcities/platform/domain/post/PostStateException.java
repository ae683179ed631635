package org.hrcities.platform.domain.post;

import org.hrcities.platform.domain.shared.DomainException;

/** The change asked of a post does not fit the state it is in (publishing an empty draft, say). */
public class PostStateException extends DomainException {

    private static final long serialVersionUID = 1L;

    public PostStateException(String message) {
        super(message);
    }
}
