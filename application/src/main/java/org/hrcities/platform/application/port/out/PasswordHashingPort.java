package org.hrcities.platform.application.port.out;

import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.PasswordHash;

/** Turns passwords into slow salted hashes and checks candidates against them. */
public interface PasswordHashingPort {

    PasswordHash hash(Password password);

    /** Whether {@code candidate} is the password behind {@code hash}; takes as long whatever the answer. */
    boolean verify(String candidate, PasswordHash hash);
}
