package org.hrcities.platform.application.port.in.authoring;

import org.hrcities.platform.domain.post.PostId;

/** Editors open one post, in any status, to change it. */
public interface ReadPostForEditingUseCase {

    /** @throws UnknownPostException if no post has the id */
    PostForEditing readPostForEditing(PostId id);
}
