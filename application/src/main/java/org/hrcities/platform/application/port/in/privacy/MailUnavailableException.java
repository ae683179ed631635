package org.hrcities.platform.application.port.in.privacy;

/** The site sends no mail, so nothing that needs a mailed link can be done now; its operators can help. */
public class MailUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailUnavailableException() {
        super("this site sends no email at the moment, so requests by email are not available; "
                + "please write to the site's operators");
    }
}
