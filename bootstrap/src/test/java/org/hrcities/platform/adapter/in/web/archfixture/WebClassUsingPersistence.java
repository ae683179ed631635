package org.hrcities.platform.adapter.in.web.archfixture;

import org.hrcities.platform.adapter.out.persistence.memory.InMemoryStorage;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a web class that uses the persistence adapter.
 * Breaks rule 5a (web and persistence adapters do not depend on each other) only.
 */
public class WebClassUsingPersistence {
    InMemoryStorage storage;
}
