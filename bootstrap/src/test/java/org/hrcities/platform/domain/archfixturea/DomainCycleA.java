package org.hrcities.platform.domain.archfixturea;

import org.hrcities.platform.domain.archfixtureb.DomainCycleB;

/**
 * DELIBERATE VIOLATION (architecture test fixture): one half of a package cycle between two domain
 * slices, archfixturea -> archfixtureb -> archfixturea. Breaks rule 8 (domain layer) only.
 * The two halves live in sibling packages because the rule slices by the first package below
 * {@code domain}: {@code archfixture.a} and {@code archfixture.b} would be one slice.
 */
public class DomainCycleA {
    DomainCycleB other;
}
