package org.hrcities.platform.domain.shared;

/**
 * Somebody else changed the aggregate since it was read: the change was not applied, so that no
 * update is silently lost. Reading it again and repeating the change resolves it.
 */
public class ConcurrentUpdateException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConcurrentUpdateException(String aggregate, Object id) {
        super(aggregate + " " + id + " was changed by someone else in the meantime");
    }
}
