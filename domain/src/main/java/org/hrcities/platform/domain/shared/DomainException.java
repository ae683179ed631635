package org.hrcities.platform.domain.shared;

/**
 * A rule of the domain was broken. Subclasses name the rule; the message says what happened in
 * words a visitor or an editor can read.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }
}
