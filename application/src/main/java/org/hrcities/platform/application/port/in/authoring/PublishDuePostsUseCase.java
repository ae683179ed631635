package org.hrcities.platform.application.port.in.authoring;

/** The scheduler publishes the scheduled posts whose time has come; the site calls it every few seconds. */
public interface PublishDuePostsUseCase {

    /** The largest number of posts one call publishes; the rest wait for the next call. */
    int BATCH_SIZE = 100;

    /**
     * Publishes every scheduled post whose time has come (up to {@link #BATCH_SIZE}), each in a
     * transaction of its own: a post an editor changed in the meantime is left for the next call
     * and does not hold back the others.
     *
     * @return how many posts it published
     */
    int publishDuePosts();
}
