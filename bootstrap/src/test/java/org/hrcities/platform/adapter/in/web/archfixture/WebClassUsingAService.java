package org.hrcities.platform.adapter.in.web.archfixture;

import org.hrcities.platform.application.service.post.PostReadingService;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a web class that uses a service instead of a use case.
 * Breaks rule 4a (adapters never depend on application.service) only.
 */
public class WebClassUsingAService {
    PostReadingService service;
}
