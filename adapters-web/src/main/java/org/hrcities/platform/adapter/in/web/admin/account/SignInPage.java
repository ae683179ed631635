package org.hrcities.platform.adapter.in.web.admin.account;

/** The sign-in form: the address as typed (never the password), where to go next, and what went wrong. */
public record SignInPage(String token, String email, String next, String error, String notice) {
}
