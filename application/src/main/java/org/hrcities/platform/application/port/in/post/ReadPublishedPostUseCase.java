package org.hrcities.platform.application.port.in.post;

/** Visitors read one published post with its public comments. */
public interface ReadPublishedPostUseCase {

    /** @throws PostNotFoundException if no published post has the slug */
    PostDetails readPublishedPost(ReadPublishedPostQuery query);
}
