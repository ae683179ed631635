package org.hrcities.platform.adapter.out.persistence.archfixture;

import org.hrcities.platform.application.service.post.PostReadingService;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a persistence class that uses a service.
 * Breaks rule 4a (adapters never depend on application.service) only.
 */
public class PersistenceClassUsingAService {
    PostReadingService service;
}
