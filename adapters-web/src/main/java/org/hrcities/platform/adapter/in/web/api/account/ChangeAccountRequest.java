package org.hrcities.platform.adapter.in.web.api.account;

/** The body of {@code PUT /api/admin/accounts/{id}}: the whole account; {@code password} only to change it. */
public record ChangeAccountRequest(String email, String displayName, String role, Boolean enabled, String password) {
}
