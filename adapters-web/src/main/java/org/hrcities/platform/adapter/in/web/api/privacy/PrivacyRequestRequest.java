package org.hrcities.platform.adapter.in.web.api.privacy;

/** A request staff start for a person: {@code email}, and {@code kind} {@code export} or {@code erasure}. */
public record PrivacyRequestRequest(String email, String kind) {
}
