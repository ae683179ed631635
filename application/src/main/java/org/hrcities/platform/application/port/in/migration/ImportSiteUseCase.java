package org.hrcities.platform.application.port.in.migration;

/**
 * Brings a site exported from another platform (WordPress) in: its topics, posts and comment
 * threads, each item in its own transaction, so that one bad item is reported and skipped while the
 * rest are stored. Importing the same export again adds nothing; a later export of the same site adds
 * what is new and updates what changed.
 */
public interface ImportSiteUseCase {

    /**
     * Reads the export from beginning to end on the calling thread and answers what it did.
     *
     * @throws ExportUnreadableException if the export cannot be read as a whole (malformed, or not an
     *         export at all); what was stored before the fault stays stored, and importing the
     *         mended file again completes it
     */
    ImportReport importSite(ImportSiteCommand command);
}
