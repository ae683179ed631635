package org.hrcities.platform.adapter.in.web.archfixture;

import jakarta.persistence.Entity;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a correctly named JPA entity in the wrong
 * adapter, so that only the "resides in the persistence adapter" half of rule 7a can catch it.
 * Meant for rule 7a; an {@code @Entity} outside the persistence adapter necessarily also breaks
 * rule 6a (only the persistence adapter uses JPA).
 */
@Entity
public class MisplacedJpaEntity {
}
