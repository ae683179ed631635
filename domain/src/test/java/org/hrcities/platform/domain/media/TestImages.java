package org.hrcities.platform.domain.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real image files for tests: PNG, JPEG and GIF written by the JDK, WebP headers written here. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png(int width, int height) {
        return write("png", width, height, BufferedImage.TYPE_INT_ARGB);
    }

    public static byte[] jpeg(int width, int height) {
        return write("jpg", width, height, BufferedImage.TYPE_INT_RGB);
    }

    public static byte[] gif(int width, int height) {
        return write("gif", width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** A lossless WebP (VP8L) header and a few bytes of data: what browsers and the site read for the size. */
    public static byte[] webpLossless(int width, int height) {
        int bits = (width - 1) | (height - 1) << 14;
        byte[] chunk = {'V', 'P', '8', 'L', 10, 0, 0, 0, 0x2F, (byte) bits, (byte) (bits >>> 8), (byte) (bits >>> 16),
                (byte) (bits >>> 24), 0, 0, 0, 0, 0};
        return riff(chunk);
    }

    /** A lossy WebP (VP8) frame header. */
    public static byte[] webpLossy(int width, int height) {
        byte[] chunk = {'V', 'P', '8', ' ', 10, 0, 0, 0, 0, 0, 0, (byte) 0x9D, 0x01, 0x2A, (byte) width, (byte) (width >>> 8),
                (byte) height, (byte) (height >>> 8), 0, 0};
        return riff(chunk);
    }

    /** An extended WebP (VP8X) header, as animated or transparent WebP files have. */
    public static byte[] webpExtended(int width, int height) {
        int w = width - 1;
        int h = height - 1;
        byte[] chunk = {'V', 'P', '8', 'X', 10, 0, 0, 0, 0x10, 0, 0, 0, (byte) w, (byte) (w >>> 8), (byte) (w >>> 16),
                (byte) h, (byte) (h >>> 8), (byte) (h >>> 16)};
        return riff(chunk);
    }

    private static byte[] riff(byte[] chunk) {
        byte[] file = new byte[12 + chunk.length];
        int size = file.length - 8;
        System.arraycopy(new byte[] {'R', 'I', 'F', 'F', (byte) size, (byte) (size >>> 8), (byte) (size >>> 16),
                (byte) (size >>> 24), 'W', 'E', 'B', 'P'}, 0, file, 0, 12);
        System.arraycopy(chunk, 0, file, 12, chunk.length);
        return file;
    }

    private static byte[] write(String format, int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, new Color((x * 7) % 256, (y * 13) % 256, 128).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("the JDK writes no " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
