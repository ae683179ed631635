package org.hrcities.platform.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP over a plain socket, for what java.net.http will not send as it is: malformed paths and
 * headers, a forged {@code Host}, a body sent slowly or never, answers read one after another on a
 * connection kept open.
 */
final class RawHttp {

    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");
    private static final Pattern LENGTH = Pattern.compile("(?im)^Content-Length: *(\\d+)\\r?$");
    private static final Pattern CHUNKED = Pattern.compile("(?im)^Transfer-Encoding:.*chunked");
    private static final Pattern CLOSE = Pattern.compile("(?im)^Connection: *close");

    /** An answer as it came: its status (0 if none), its head without the blank line, and its body. */
    record Answer(int status, String head, String body) {

        /** The head, the blank line and the body, as on the wire. */
        String text() {
            return head + "\r\n\r\n" + body;
        }

        /** Whether the site closes the connection after this answer ({@code Connection: close}). */
        boolean closesConnection() {
            return CLOSE.matcher(head).find();
        }
    }

    private RawHttp() {
    }

    /** A connection to the site that gives up reading after {@code timeoutSeconds} of silence. */
    static Socket connect(Site site, int timeoutSeconds) throws IOException {
        URI base = site.uri("/");
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(timeoutSeconds * 1000);
        return socket;
    }

    /** Sends {@code request} byte for byte (ISO-8859-1) on a connection of its own and reads the answer. */
    static Answer exchange(Site site, String request) {
        try (Socket socket = connect(site, 10)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first answer on the connection: its head and as much of its body as its Content-Length says,
     * or what came until the connection closed or fell silent.
     */
    static Answer read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
                if (isWhole(all.toByteArray())) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            // what came is the answer
        }
        return answer(all.toByteArray());
    }

    /**
     * The next answer on a connection kept for more requests, read exactly to its end (by its
     * Content-Length or its chunks) from {@code in}, which buffers the connection: the answer after it
     * starts where it ends. Throws {@link SocketTimeoutException} when the site falls silent first.
     */
    static Answer readNext(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder(line(in));
        for (String header; !(header = line(in)).isEmpty(); ) {
            head.append("\r\n").append(header);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Matcher length = LENGTH.matcher(head);
        if (CHUNKED.matcher(head).find()) {
            for (int size; (size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) > 0; ) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        } else if (length.find()) {
            body.write(in.readNBytes(Integer.parseInt(length.group(1))));
        }
        Matcher status = STATUS.matcher(head);
        return new Answer(status.find() ? Integer.parseInt(status.group(1)) : 0, head.toString(),
                body.toString(StandardCharsets.UTF_8));
    }

    /** One line of a head or of the chunks' framing, without its line break. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') {
                int last = line.length() - 1;
                if (last >= 0 && line.charAt(last) == '\r') {
                    line.setLength(last);
                }
                return line.toString();
            }
            line.append((char) c);
        }
        throw new EOFException("the connection closed");
    }

    private static boolean isWhole(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Matcher length = LENGTH.matcher(text.substring(0, end));
        return length.find() && bytes.length >= end + 4 + Integer.parseInt(length.group(1));
    }

    private static Answer answer(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 4);
        Matcher status = STATUS.matcher(head);
        return new Answer(status.find() ? Integer.parseInt(status.group(1)) : 0, head, body);
    }
}
