package org.hrcities.platform.application.port.in.archfixtureb;

import org.hrcities.platform.application.port.in.archfixturea.UseCaseCycleA;

/** DELIBERATE VIOLATION (architecture test fixture): the other half of the cycle of {@link UseCaseCycleA}; rule 8 (port.in). */
public interface UseCaseCycleB {
    UseCaseCycleA other();
}
