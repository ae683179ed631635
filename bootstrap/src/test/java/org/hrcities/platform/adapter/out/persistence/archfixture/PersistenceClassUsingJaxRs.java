package org.hrcities.platform.adapter.out.persistence.archfixture;

import jakarta.ws.rs.core.Response;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a persistence class that uses JAX-RS.
 * Breaks rule 6b (only the web adapter uses jakarta.ws.rs) only.
 */
public class PersistenceClassUsingJaxRs {
    Response response;
}
