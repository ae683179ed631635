package org.hrcities.platform.application.port.in.authoring;

import org.hrcities.platform.domain.post.PostId;

/** Editors open one post, in any status, to change it. */
public interface ReadPostForEditingUseCase {

    /** @throws org.hrcities.platform.application.port.in.post.PostNotFoundException if no post has the id */
    PostForEditing readPostForEditing(PostId id);
}
