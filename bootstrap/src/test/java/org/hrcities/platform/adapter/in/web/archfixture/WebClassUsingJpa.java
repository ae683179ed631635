package org.hrcities.platform.adapter.in.web.archfixture;

import jakarta.persistence.EntityManager;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a web class that uses jakarta.persistence.
 * Breaks rule 6a (only the persistence adapter uses JPA) only.
 */
public class WebClassUsingJpa {
    EntityManager entityManager;
}
