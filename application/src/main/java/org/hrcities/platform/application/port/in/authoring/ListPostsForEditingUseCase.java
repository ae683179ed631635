package org.hrcities.platform.application.port.in.authoring;

/** Editors look through every post, in any status, the most recently changed first. */
public interface ListPostsForEditingUseCase {

    PostsForEditing listPostsForEditing(ListPostsForEditingQuery query);
}
