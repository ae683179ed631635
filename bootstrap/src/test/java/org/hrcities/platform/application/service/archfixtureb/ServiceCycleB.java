package org.hrcities.platform.application.service.archfixtureb;

import org.hrcities.platform.application.service.archfixturea.ServiceCycleA;

/** DELIBERATE VIOLATION (architecture test fixture): the other half of the cycle of {@link ServiceCycleA}; rule 8 (service). */
public class ServiceCycleB {
    ServiceCycleA other;
}
