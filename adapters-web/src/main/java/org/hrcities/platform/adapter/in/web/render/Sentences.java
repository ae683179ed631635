package org.hrcities.platform.adapter.in.web.render;

/** Messages as visitors read them on pages: a capital letter first, a full stop last. */
public final class Sentences {

    private Sentences() {
    }

    public static String of(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
