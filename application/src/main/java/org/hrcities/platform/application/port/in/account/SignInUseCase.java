package org.hrcities.platform.application.port.in.account;

/**
 * Checks a member of staff's credentials. After five failed attempts for one account or from one
 * address, further attempts are refused unchecked for a delay that doubles with every failure.
 */
public interface SignInUseCase {

    SignInResult signIn(SignInCommand command);
}
