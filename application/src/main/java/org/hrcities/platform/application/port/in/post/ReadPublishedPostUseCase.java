package org.hrcities.platform.application.port.in.post;

/** Visitors read one published post with its public comments. */
public interface ReadPublishedPostUseCase {

    /**
     * The post at the slug if it is published, or scheduled and its time has come.
     *
     * @throws PostMovedException if the slug is a former slug of a post that readers may read: the
     *         reader should be sent on (301) to its current slug
     * @throws PostNotFoundException if no published post has the slug
     */
    PostDetails readPublishedPost(ReadPublishedPostQuery query);
}
