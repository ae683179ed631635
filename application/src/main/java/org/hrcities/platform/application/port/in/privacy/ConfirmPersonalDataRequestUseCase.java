package org.hrcities.platform.application.port.in.privacy;

import java.net.URI;
import java.time.Instant;
import org.hrcities.platform.domain.privacy.DataRequestKind;

/**
 * The person follows the confirmation link of their request: reading it shows what it will do;
 * confirming does it (an erasure at once, in one transaction; an export becomes downloadable once).
 */
public interface ConfirmPersonalDataRequestUseCase {

    /**
     * What the link's request is for, without changing anything.
     *
     * @throws DataRequestLinkException if the link is unknown, altered, ran out or was used
     */
    DataRequestKind readConfirmation(String token);

    /**
     * Confirms the request and does what it asks; mails the result (the download link, or the counts).
     *
     * @throws DataRequestLinkException if the link is unknown, altered, ran out or was used
     */
    Confirmed confirm(String token);

    /** What a confirmation did. */
    sealed interface Confirmed permits ExportReady, Erased {
    }

    /** The copy can be downloaded once at {@code downloadLink} until {@code until}. */
    record ExportReady(URI downloadLink, Instant until) implements Confirmed {
    }

    /** The data was erased: so many comments anonymised, so many deleted. */
    record Erased(int anonymisedComments, int deletedComments) implements Confirmed {
    }
}
