package org.hrcities.platform.application.port.in.setup;

/**
 * Fills an empty site with content (the demo content, or an import), in one transaction: either
 * all of it is stored or none of it.
 */
public interface LoadInitialContentUseCase {

    /**
     * Stores the content if the site holds no post and no city yet.
     *
     * @return whether the content was stored; false when the site already had content
     */
    boolean loadIfEmpty(InitialContent content);
}
