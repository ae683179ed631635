package org.hrcities.platform.adapter.in.web.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcities.platform.adapter.in.web.error.FieldErrorResponse;
import org.hrcities.platform.adapter.in.web.render.Sentences;
import org.hrcities.platform.adapter.in.web.render.Texts;

/**
 * What a visitor's form says about a refused input, in the page's language. The domain refuses values
 * with English messages that start with the input's name ("name is required"); the reasons it gives
 * for text, email addresses, web addresses and ids are known here and each has a message in the
 * bundle ({@code form.error.*}), the field named by its label ({@code form.field.*}); a field with a
 * message of its own ({@code form.error.name.required}) uses it. A reason not known here, or a field
 * without a label, keeps the domain's English words, as a sentence.
 */
public final class FieldTexts {

    private record Reason(Pattern pattern, String key) {
    }

    private static final List<Reason> REASONS = List.of(
            reason("is required", "required"),
            reason("must be at most (\\d+) characters long \\(it is (\\d+)\\)", "tooLong"),
            reason("must be at most (\\d+) characters long", "tooLongMax"),
            reason("must be at most (\\d+) bytes long \\(it is (\\d+)\\)", "tooManyBytes"),
            reason("must not contain control characters or line breaks", "singleLine"),
            reason("must not contain control characters", "controlCharacters"),
            reason("is not valid Unicode text", "unicode"),
            reason("must be an address such as name@example\\.org", "emailAddress"),
            reason("must be a web address without spaces or quotes", "webSpaces"),
            reason("is not a valid web address", "webInvalid"),
            reason("must start with http:// or https://", "webScheme"),
            reason("must name a host, such as https://example\\.org", "webHost"),
            reason("must be a comment id \\(a UUID\\)", "commentId"),
            reason("may hold at most (\\d+) words", "tooManyWords"));

    private FieldTexts() {
    }

    private static Reason reason(String rest, String key) {
        return new Reason(Pattern.compile(rest + "\\.?"), "form.error." + key);
    }

    /** The first message about each refused field, in the language of {@code texts}, in the order found. */
    public static Map<String, String> messages(List<FieldErrorResponse> errors, Texts texts) {
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach(error -> messages.putIfAbsent(error.field(), message(error.field(), error.message(), texts)));
        return Collections.unmodifiableMap(messages);
    }

    /** The message the domain gave about {@code field}, in the language of {@code texts} when its reason is known. */
    public static String message(String field, String english, Texts texts) {
        if (english == null || !english.startsWith(field + " ") || !texts.has("form.field." + field)) {
            return Sentences.of(english);
        }
        String rest = english.substring(field.length() + 1);
        for (Reason reason : REASONS) {
            Matcher matcher = reason.pattern().matcher(rest);
            if (matcher.matches()) {
                String own = "form.error." + field + "." + reason.key().substring("form.error.".length());
                if (texts.has(own)) {
                    return texts.t(own);
                }
                Object[] arguments = new Object[matcher.groupCount() + 1];
                arguments[0] = texts.t("form.field." + field);
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    arguments[group] = matcher.group(group);
                }
                return texts.t(reason.key(), arguments);
            }
        }
        return Sentences.of(english);
    }
}
