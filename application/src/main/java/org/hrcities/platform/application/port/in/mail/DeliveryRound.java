package org.hrcities.platform.application.port.in.mail;

/**
 * What one round of the outbox's worker did.
 *
 * @param sent messages the mail server accepted
 * @param retrying messages that failed and will be tried again
 * @param failed messages given up (refused for good, or out of attempts)
 */
public record DeliveryRound(int sent, int retrying, int failed) {

    public static final DeliveryRound NOTHING = new DeliveryRound(0, 0, 0);

    public int attempted() {
        return sent + retrying + failed;
    }
}
