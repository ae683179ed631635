package org.hrcities.platform.application.port.in.account;

/**
 * A sign-in attempt: the email address and password as typed, and the network address it came from
 * (for throttling; may be null when unknown). Nothing is validated here: a malformed address is just
 * a failed attempt, with the same answer as a wrong password.
 */
public record SignInCommand(String email, String password, String senderAddress) {

    public SignInCommand {
        email = email == null ? "" : email.strip();
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "SignInCommand[***]";
    }
}
