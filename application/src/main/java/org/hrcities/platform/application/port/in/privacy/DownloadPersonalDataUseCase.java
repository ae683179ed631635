package org.hrcities.platform.application.port.in.privacy;

/**
 * The person downloads the copy of their data, once: a zip of a JSON document and a readable HTML
 * page, built when it is asked for (no copy is kept).
 */
public interface DownloadPersonalDataUseCase {

    /**
     * Checks the download link without using it.
     *
     * @throws DataRequestLinkException if the link is unknown, altered, ran out or was used
     */
    void checkDownload(String token);

    /**
     * Records the download and answers the copy; the link then works no more.
     *
     * @throws DataRequestLinkException if the link is unknown, altered, ran out or was used
     */
    PersonalDataCopy download(String token);

    /** The zip and the name to save it under. */
    record PersonalDataCopy(String fileName, byte[] zip) {
    }
}
