package org.hrcities.platform.domain.archfixtureb;

import org.hrcities.platform.domain.archfixturea.DomainCycleA;

/** DELIBERATE VIOLATION (architecture test fixture): the other half of the cycle of {@link DomainCycleA}; rule 8 (domain). */
public class DomainCycleB {
    DomainCycleA other;
}
