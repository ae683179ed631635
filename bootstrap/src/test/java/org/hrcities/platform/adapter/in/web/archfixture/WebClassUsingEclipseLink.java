package org.hrcities.platform.adapter.in.web.archfixture;

import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a web class that uses EclipseLink.
 * Breaks rule 6a (only the persistence adapter uses jakarta.persistence.. and org.eclipse.persistence..) only.
 */
public class WebClassUsingEclipseLink {
    PersistenceProvider provider;
}
