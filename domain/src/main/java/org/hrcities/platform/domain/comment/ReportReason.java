package org.hrcities.platform.domain.comment;

import java.util.Locale;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Why a reader reports a public comment. */
public enum ReportReason {
    /** Advertising or other unsolicited content. */
    SPAM,
    /** Insults, harassment, hate. */
    ABUSE,
    /** Nothing to do with the post. */
    OFF_TOPIC,
    /** Someone's personal data (an address, a phone number, ...) made public. */
    PERSONAL_DATA;

    /** The name as the API, the forms and the pages spell it: {@code spam}, {@code off-topic}, {@code personal-data}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A reason as a client sent it: its code, ignoring case ({@code off_topic} is taken too). */
    public static ReportReason parse(String field, String text) {
        if (text != null) {
            String wanted = text.strip().replace('_', '-');
            for (ReportReason reason : values()) {
                if (reason.code().equalsIgnoreCase(wanted)) {
                    return reason;
                }
            }
        }
        throw new InvalidValueException(field, field + " must be one of spam, abuse, off-topic, personal-data");
    }
}
