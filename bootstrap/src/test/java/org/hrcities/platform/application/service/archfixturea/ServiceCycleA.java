package org.hrcities.platform.application.service.archfixturea;

import org.hrcities.platform.application.service.archfixtureb.ServiceCycleB;

/**
 * DELIBERATE VIOLATION (architecture test fixture): one half of a package cycle between two service
 * slices, archfixturea -> archfixtureb -> archfixturea. Breaks rule 8 (service) only.
 */
public class ServiceCycleA {
    ServiceCycleB other;
}
