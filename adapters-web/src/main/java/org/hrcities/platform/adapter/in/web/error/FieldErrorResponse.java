package org.hrcities.platform.adapter.in.web.error;

/** One input that was refused, and why. */
public record FieldErrorResponse(String field, String message) {
}
