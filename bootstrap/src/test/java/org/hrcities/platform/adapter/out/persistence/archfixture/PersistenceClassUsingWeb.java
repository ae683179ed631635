package org.hrcities.platform.adapter.out.persistence.archfixture;

import org.hrcities.platform.adapter.in.web.api.post.PostResponse;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a persistence class that uses the web adapter.
 * Breaks rule 5a (web and persistence adapters do not depend on each other) only.
 */
public class PersistenceClassUsingWeb {
    PostResponse response;
}
