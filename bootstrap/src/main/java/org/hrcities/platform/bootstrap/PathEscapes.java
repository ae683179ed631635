package org.hrcities.platform.bootstrap;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What is wrong with the %-escapes of a request path, read as it came on the request line: the
 * paths that Payara's HTTP layer would refuse while decoding them, before any servlet filter runs
 * (an empty 200 for a malformed escape, an empty 400 for the others). {@link MalformedPathCheck}
 * asks before the container decodes the path.
 */
final class PathEscapes {

    private PathEscapes() {
    }

    /**
     * @param path the path as it came, one character per byte (ISO-8859-1), without the query
     * @return what is wrong with its %-escapes, in a sentence for the answer; null if nothing is, or
     *         if the path has no %-escape at all
     */
    static String problem(String path) {
        if (path.indexOf('%') < 0) {
            return null;
        }
        byte[] decoded = new byte[path.length()];
        int length = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length() || hex(path.charAt(i + 1)) < 0 || hex(path.charAt(i + 2)) < 0) {
                    return "the path has a % that is not followed by two hexadecimal digits (character " + (i + 1) + ")";
                }
                decoded[length++] = (byte) (hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2)));
                i += 2;
            } else {
                decoded[length++] = (byte) c;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return "the path's %-escapes do not encode UTF-8 text";
        }
        if (text.indexOf('\0') >= 0) {
            return "the path encodes a NUL character (%00)";
        }
        if (text.indexOf('\\') >= 0) {
            return "the path holds a backslash";
        }
        if (climbsAboveRoot(text)) {
            return "the path's \"..\" segments climb above the root";
        }
        return null;
    }

    /**
     * The path with every % written as %25: it decodes to the characters that came, with no escape
     * left to refuse, so the request reaches the site, which answers it with the refusal.
     */
    static byte[] literal(String path) {
        StringBuilder literal = new StringBuilder(path.length() + 16);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            literal.append(c == '%' ? "%25" : String.valueOf(c));
        }
        return literal.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean climbsAboveRoot(String path) {
        int depth = 0;
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                if (--depth < 0) {
                    return true;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
