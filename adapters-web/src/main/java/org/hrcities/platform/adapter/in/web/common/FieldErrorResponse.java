package org.hrcities.platform.adapter.in.web.common;

/** One input that was refused, and why. */
public record FieldErrorResponse(String field, String message) {
}
