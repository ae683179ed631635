package org.hrcities.platform.application.port.in.migration;

/**
 * A site's export as the import reads it: once, from beginning to end, one item at a time, so that
 * an export of any size is read in bounded memory. The adapter that understands the export's format
 * implements it.
 */
@FunctionalInterface
public interface SiteExport {

    /**
     * Hands every part of the export to {@code items}, in the export's order (the site, its authors
     * and topics come before the posts that name them).
     *
     * @throws ExportUnreadableException if the export is malformed or of an unknown kind
     */
    void readInto(ExportItems items);
}
