package org.hrcities.platform.adapter.in.web.api.privacy;

import java.time.Instant;
import java.util.Locale;
import org.hrcities.platform.application.port.in.privacy.DataRequestSummary;

/**
 * A request for a copy ({@code export}) or the erasure ({@code erasure}) of a person's data, as
 * administrators see it: its address, who started it ({@code visitor} or {@code staff}), its state
 * ({@code awaiting-confirmation}, {@code confirmed}, {@code completed}, {@code expired}), its times
 * (null until they happen) and, for an erasure, what it did.
 */
public record PrivacyRequestResponse(String id, String kind, String email, String origin, String state,
                                     Instant requestedAt, Instant confirmedAt, Instant completedAt,
                                     int anonymisedComments, int deletedComments) {

    public static PrivacyRequestResponse from(DataRequestSummary request) {
        return new PrivacyRequestResponse(request.id().toString(), name(request.kind()), request.email().value(),
                name(request.origin()), name(request.state()), request.requestedAt(), request.confirmedAt(),
                request.completedAt(), request.anonymisedComments(), request.deletedComments());
    }

    /** An enum constant as the API spells it: lower case, words joined by dashes. */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
