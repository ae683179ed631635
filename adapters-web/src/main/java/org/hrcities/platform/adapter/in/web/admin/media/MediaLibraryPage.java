package org.hrcities.platform.adapter.in.web.admin.media;

import java.util.List;
import java.util.Locale;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;

/**
 * The editors' media library: the upload form (with the alt text typed and what was wrong with the
 * file sent, if anything), one page of images, newest first, each with its own form to describe it,
 * and the links to the pages around it. {@code error} heads the error summary, which links to each
 * field that came back with what was wrong with it.
 */
public record MediaLibraryPage(AdminNav nav, Upload upload, List<Row> rows, long total, int page, long totalPages,
                               String previousHref, String nextHref, String notice, String error) {

    public MediaLibraryPage {
        rows = List.copyOf(rows);
    }

    /** The upload form as sent: the alt text typed, and what was wrong with the file or the alt text. */
    public record Upload(String alt, String fileError, String altError) {

        public static final Upload BLANK = new Upload("", null, null);

        public Upload {
            alt = alt == null ? "" : alt;
        }
    }

    /**
     * An image: its address, size and description ({@code alt}, "" while nobody wrote it), and its
     * form: the text it shows ({@code typed}: the description, or what was typed when the form came
     * back with {@code error}) and the {@code version} the image was read at.
     */
    public record Row(String id, String fileName, String src, int width, int height, long byteCount, String alt,
                      String typed, long version, String uploaded, String uploadedIso, String error) {

        public boolean described() {
            return !alt.isEmpty();
        }

        /** "12.3 KB (12,593 bytes)": the size to read at a glance, then exactly. */
        public String size() {
            return readableSize(byteCount) + (byteCount < 1024 ? "" : " (" + String.format(Locale.ROOT, "%,d", byteCount)
                    + " bytes)");
        }

        public String dimensions() {
            return width + " × " + height + " pixels";
        }
    }

    public boolean isPaged() {
        return previousHref != null || nextHref != null;
    }

    /** A link of the error summary to a field and what was wrong with it. */
    public record ErrorLink(String href, String message) {
    }

    /** The refused fields, for the error summary: the upload form's, then each image's. */
    public List<ErrorLink> errorLinks() {
        List<ErrorLink> links = new java.util.ArrayList<>();
        if (upload.fileError() != null) {
            links.add(new ErrorLink("#field-file", upload.fileError()));
        }
        if (upload.altError() != null) {
            links.add(new ErrorLink("#field-alt", upload.altError()));
        }
        rows.stream().filter(row -> row.error() != null)
                .forEach(row -> links.add(new ErrorLink("#alt-" + row.id(), row.error())));
        return links;
    }

    static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
