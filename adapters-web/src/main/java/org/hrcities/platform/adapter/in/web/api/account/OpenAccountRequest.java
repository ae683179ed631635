package org.hrcities.platform.adapter.in.web.api.account;

/** The body of {@code POST /api/admin/accounts}. */
public record OpenAccountRequest(String email, String displayName, String role, String password) {
}
