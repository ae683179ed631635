package org.hrcities.platform.bootstrap;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * The mail server the site hands its messages to ({@code hrc.smtp.*}); absent when {@code hrc.smtp.host}
 * is not set, and then the site sends no mail at all.
 *
 * @param host the server's name or address
 * @param port its port: 587 (submission) unless set
 * @param user the login, or null for a server that takes mail without one
 * @param password the login's password, or null
 * @param from who the messages are from, such as {@code Human Rights Cities <news@example.org>}
 * @param startTls whether the connection is encrypted with STARTTLS before anything is sent
 * @param timeoutMillis how long connecting, and each read and write, may take
 */
record SmtpSettings(String host, int port, String user, String password, InternetAddress from, StartTls startTls,
                    int timeoutMillis) {

    static final int DEFAULT_PORT = 587;
    static final int DEFAULT_TIMEOUT_MILLIS = 20_000;

    /** STARTTLS: insisted on (the default), used when the server offers it, or never. */
    enum StartTls {
        REQUIRED, OPTIONAL, OFF;

        static StartTls of(String setting) {
            try {
                return valueOf(setting.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("hrc.smtp.starttls is required, optional or off, not " + setting);
            }
        }
    }

    SmtpSettings {
        if (host == null || host.isBlank() || host.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("hrc.smtp.host is a host name or address");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("hrc.smtp.port lies between 1 and 65535, not " + port);
        }
        if (from == null) {
            throw new IllegalArgumentException("hrc.smtp.from is required with hrc.smtp.host: the address messages come from");
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("hrc.smtp.user and hrc.smtp.password go together");
        }
        if (timeoutMillis < 1) {
            throw new IllegalArgumentException("hrc.smtp.timeout-ms must be positive");
        }
    }

    /**
     * The settings as configured, or empty when {@code host} is blank.
     *
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    static Optional<SmtpSettings> of(String host, int port, String user, String password, String from, String startTls,
                                     int timeoutMillis) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        InternetAddress sender;
        try {
            if (from == null || from.isBlank()) {
                throw new IllegalArgumentException("hrc.smtp.from is required with hrc.smtp.host: the address messages come from");
            }
            sender = new InternetAddress(from.strip(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("hrc.smtp.from is not an address: " + e.getMessage(), e);
        }
        return Optional.of(new SmtpSettings(host.strip(), port, blankToNull(user), blankToNull(password), sender,
                StartTls.of(startTls == null || startTls.isBlank() ? "required" : startTls), timeoutMillis));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** For the start-up log: never the password. */
    String describe() {
        return host + ":" + port + (user == null ? "" : " as " + user) + ", STARTTLS "
                + startTls.name().toLowerCase(Locale.ROOT) + ", from " + from.getAddress();
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + describe() + "]";
    }
}
