package org.hrcities.platform.application.port.out;

import java.time.Instant;

/** Tells the time, so that services and tests agree on what "now" is. */
@FunctionalInterface
public interface ClockPort {

    Instant now();
}
