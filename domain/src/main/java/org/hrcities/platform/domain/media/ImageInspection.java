package org.hrcities.platform.domain.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file's bytes say it is: an image of one of the {@link ImageFormat}s, with its size in
 * pixels, read from the format's own header; the name and the type a sender declares count for
 * nothing. Anything else is refused with the reason: SVG (it can carry script), HTML, a file too
 * short or cut off in its header, a size of zero or beyond {@link #MAX_SIDE} pixels a side.
 * <p>
 * Only headers are read, never pixels: a small file that claims a huge picture is refused before
 * anything would decode it (decision 0039).
 */
public record ImageInspection(ImageFormat format, int width, int height) {

    /** The largest width or height taken, in pixels: more than any screen or print needs. */
    public static final int MAX_SIDE = 12_000;

    public ImageInspection {
        if (format == null) {
            throw new ImageRefusedException("the image format is required");
        }
        if (width <= 0 || height <= 0) {
            throw new ImageRefusedException("the image has no pixels (" + width + " x " + height + ")");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new ImageRefusedException("the image is " + width + " x " + height + " pixels; at most " + MAX_SIDE
                    + " pixels a side are taken");
        }
    }

    /**
     * Inspects a file's bytes.
     *
     * @throws ImageRefusedException if they are not a PNG, JPEG, WebP or GIF image of a taken size
     */
    public static ImageInspection of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImageRefusedException("the file is empty");
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return png(bytes);
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return jpeg(bytes);
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9')
                && bytes[5] == 'a') {
            need(bytes, 10, "GIF");
            return new ImageInspection(ImageFormat.GIF, u16le(bytes, 6), u16le(bytes, 8));
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return webp(bytes);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<svg")) {
            throw new ImageRefusedException("SVG images are not taken: they can carry script; send a PNG, JPEG, WebP or GIF");
        }
        throw new ImageRefusedException("the file is not a PNG, JPEG, WebP or GIF image");
    }

    private static ImageInspection png(byte[] b) {
        need(b, 24, "PNG");
        if (!startsWith(b, 12, 'I', 'H', 'D', 'R')) {
            throw new ImageRefusedException("the PNG image does not begin with its header chunk (IHDR)");
        }
        return new ImageInspection(ImageFormat.PNG, u32be(b, 16), u32be(b, 20));
    }

    /** Walks the JPEG's segments to the first start-of-frame marker, which holds the size. */
    private static ImageInspection jpeg(byte[] b) {
        int at = 2;
        while (at + 4 <= b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                throw new ImageRefusedException("the JPEG image is malformed at byte " + at);
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                at += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                break;
            }
            int length = u16be(b, at + 2);
            if (length < 2) {
                throw new ImageRefusedException("the JPEG image is malformed at byte " + at);
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                need(b, at + 9, "JPEG");
                return new ImageInspection(ImageFormat.JPEG, u16be(b, at + 7), u16be(b, at + 5));
            }
            at += 2 + length;
        }
        throw new ImageRefusedException("the JPEG image has no frame header before its data");
    }

    private static ImageInspection webp(byte[] b) {
        need(b, 30, "WebP");
        if (startsWith(b, 12, 'V', 'P', '8', ' ')) {
            if (!startsWith(b, 23, 0x9D, 0x01, 0x2A)) {
                throw new ImageRefusedException("the WebP image's VP8 frame lacks its start code");
            }
            return new ImageInspection(ImageFormat.WEBP, u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF);
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'L')) {
            if ((b[20] & 0xFF) != 0x2F) {
                throw new ImageRefusedException("the WebP image's lossless frame lacks its signature");
            }
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return new ImageInspection(ImageFormat.WEBP, (bits & 0x3FFF) + 1, (bits >>> 14 & 0x3FFF) + 1);
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'X')) {
            return new ImageInspection(ImageFormat.WEBP, u24le(b, 24) + 1, u24le(b, 27) + 1);
        }
        throw new ImageRefusedException("the WebP image has no VP8, VP8L or VP8X chunk where one must be");
    }

    private static void need(byte[] b, int length, String format) {
        if (b.length < length) {
            throw new ImageRefusedException("the " + format + " image is cut off in its header");
        }
    }

    private static boolean startsWith(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u24le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }

    private static int u16be(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    /** A PNG side: 31 bits; larger values are read as too large rather than negative. */
    private static int u32be(byte[] b, int at) {
        long value = (long) (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
        return (int) Math.min(value, Integer.MAX_VALUE);
    }
}
