package org.hrcities.platform.application.port.in.migration;

import java.util.Optional;
import org.hrcities.platform.domain.media.MediaFile;

/** What a {@link SiteExport} hands the import, part by part. */
public interface ExportItems {

    /** The exported site: its address (which keys every item it holds) and its title. */
    void site(String address, String title);

    /** A person who wrote on the exported site. */
    void author(ExportedAuthor author);

    /** A category or tag of the exported site. */
    void topic(ExportedTopic topic);

    /**
     * A file the export came with, handed over before the posts and pages that show it. Answers the
     * media file it is kept as here, so that the export can lead its bodies' addresses of the file to it,
     * or empty when it could not be kept (the report says why).
     */
    Optional<MediaFile> attachment(ExportedAttachment attachment);

    /** A post or page of the exported site, with its comments. */
    void post(ExportedPost post);

    /** Something the export holds that the import does not bring in (say what and why), to be counted and listed. */
    void passOver(String kind, String what, String why);
}
