package org.hrcities.platform.application.port.in.privacy;

/**
 * A person, or staff for them, asks for a copy or the erasure of the data held about an email
 * address: the site mails a confirmation link to that address, and nothing else happens until it is
 * followed. The answer says nothing of what the site holds about the address.
 */
public interface RequestPersonalDataUseCase {

    /** Whether requests can be made: the site sends mail. Without mail, visitors ask the site's operators. */
    boolean requestsByMailAvailable();

    /**
     * Opens the request and queues its confirmation mail, in one transaction.
     *
     * @throws DataRequestLimitException if a visitor's address, or the network address they write from,
     *         made too many requests lately (staff are not limited)
     * @throws MailUnavailableException if the site sends no mail
     */
    DataRequestSummary requestPersonalData(RequestPersonalDataCommand command);
}
