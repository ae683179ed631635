package org.hrcities.platform.adapter.in.web.api.comment;

import java.util.List;

/** One action on several comments, each at the version the moderator saw; {@code reason} is optional. */
public record BulkModerationRequest(String action, List<TargetRequest> comments, String reason) {

    /** A comment and the version it was seen at. */
    public record TargetRequest(String id, Long version) {
    }
}
