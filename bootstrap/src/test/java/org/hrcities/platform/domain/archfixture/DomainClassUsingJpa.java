package org.hrcities.platform.domain.archfixture;

import jakarta.persistence.Entity;

/**
 * DELIBERATE VIOLATION (architecture test fixture, never production code): a domain class that uses
 * JPA, the way cargotracker annotates its domain.
 * Meant for rule 1 (domain depends only on java.. and itself). An {@code @Entity} in the domain
 * necessarily also breaks rule 6a (only the persistence adapter uses JPA) and rule 7a (entities live
 * in the persistence adapter and end in JpaEntity).
 */
@Entity
public class DomainClassUsingJpa {
}
