package org.hrcities.platform.application.service.notification;

/** What the site's messages say around their particulars: one place for the wording of every mail. */
final class MailTexts {

    static final String SITE_NAME = "Human Rights Cities Network";

    private MailTexts() {
    }

    /** Text on one line: runs of white space and control characters become one space. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    /** A post title as it goes into a subject: one line, shortened so that the subject stays within bounds. */
    static String titleForSubject(String title) {
        String line = oneLine(title);
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    static final String ASKED_ON_THE_SITE = "you asked for it when you commented on our site";
    static final String SOMEONE_ASKED = "this address was given on our site to hear about a comment";
    static final String CHOSE_THE_DIGEST = "you chose the moderation digest on your profile";

    /** The end of every message one may stop: why it came, and the link that stops every message. */
    static String footer(String why, String unsubscribe) {
        return "\n\n-- \n" + SITE_NAME + "\nYou get this message because " + why + ". To get no more messages"
                + " from us, follow this link:\n" + unsubscribe + "\n";
    }
}
