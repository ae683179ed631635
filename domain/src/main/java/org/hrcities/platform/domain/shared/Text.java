package org.hrcities.platform.domain.shared;

import java.nio.charset.StandardCharsets;

/** Checks shared by the values that hold text typed by people. */
public final class Text {

    private Text() {
    }

    /**
     * Returns the text stripped of surrounding white space, after checking it is present, no longer
     * than {@code maxLength} characters and free of control characters (line breaks included).
     */
    public static String requireSingleLine(String field, String value, int maxLength) {
        String stripped = requirePresent(field, value);
        requireMaxLength(field, stripped, maxLength);
        for (int i = 0; i < stripped.length(); i++) {
            if (Character.isISOControl(stripped.charAt(i))) {
                throw new InvalidValueException(field, field + " must not contain control characters or line breaks");
            }
        }
        requireWellFormed(field, stripped);
        return stripped;
    }

    /**
     * Returns the text with line breaks normalised to {@code \n} and surrounding white space
     * stripped, after checking it is present, at most {@code maxBytes} bytes in UTF-8 and free of
     * control characters other than line breaks and tabs.
     */
    public static String requireMultiLine(String field, String value, int maxBytes) {
        String normalised = requirePresent(field, value).replace("\r\n", "\n").replace('\r', '\n');
        return optionalMultiLine(field, normalised, maxBytes);
    }

    /** Like {@link #requireMultiLine} but accepts null or blank text, returned as "". */
    public static String optionalMultiLine(String field, String value, int maxBytes) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw new InvalidValueException(field, field + " must not contain control characters");
            }
        }
        requireWellFormed(field, normalised);
        int bytes = normalised.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new InvalidValueException(field, field + " must be at most " + maxBytes + " bytes long (it is " + bytes + ")");
        }
        return normalised;
    }

    private static String requirePresent(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value.strip();
    }

    private static void requireMaxLength(String field, String value, int maxLength) {
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            throw new InvalidValueException(field, field + " must be at most " + maxLength + " characters long (it is " + length + ")");
        }
    }

    /** Refuses lone UTF-16 surrogates: text that cannot be encoded as valid UTF-8. */
    private static void requireWellFormed(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new InvalidValueException(field, field + " is not valid Unicode text");
            }
            if (Character.isLowSurrogate(c)) {
                throw new InvalidValueException(field, field + " is not valid Unicode text");
            }
        }
    }
}
