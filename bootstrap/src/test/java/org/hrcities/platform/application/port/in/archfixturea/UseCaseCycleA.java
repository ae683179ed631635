package org.hrcities.platform.application.port.in.archfixturea;

import org.hrcities.platform.application.port.in.archfixtureb.UseCaseCycleB;

/**
 * DELIBERATE VIOLATION (architecture test fixture): one half of a package cycle between two
 * inbound-port slices, archfixturea -> archfixtureb -> archfixturea. Breaks rule 8 (port.in) only.
 */
public interface UseCaseCycleA {
    UseCaseCycleB other();
}
