package org.hrcities.platform.adapter.in.web.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files staff send to be imported, received onto disk by the admin page and the admin API alike. */
public final class ReceivedFiles {

    /** The largest export taken: 1 GiB, ten times an export of 10,000 posts with 100,000 comments. */
    public static final long MAX_EXPORT_BYTES = 1L << 30;

    private ReceivedFiles() {
    }

    /**
     * Copies {@code in} into {@code file}, stopping one read past {@code max} bytes; answers how many
     * bytes it copied, more than {@code max} when the sender sent too many.
     */
    public static long copyAtMost(InputStream in, Path file, long max) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > max) {
                    return total;
                }
                out.write(buffer, 0, read);
            }
            return total;
        }
    }
}
