package org.hrcities.platform.adapter.in.web.wordpress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hrcities.platform.application.port.in.media.UploadMediaCommand;
import org.hrcities.platform.domain.media.ImageRefusedException;
import org.hrcities.platform.domain.media.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsArchiveTest {

    private static final byte[] PNG = TestImages.png(4, 4);

    @TempDir
    Path directory;

    /** A ZIP archive of these entries (a name ending in / is a folder). */
    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path file = Files.createTempFile(directory, "uploads-", ".zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void finds_files_by_their_path_in_the_uploads_at_the_root_or_under_either_folder() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("2021/", new byte[0]);
        entries.put("2021/05/a.png", PNG);
        entries.put("uploads/2021/05/b.png", PNG);
        entries.put("wp-content/uploads/2021/05/c.png", PNG);
        try (UploadsArchive archive = UploadsArchive.open(zip(entries))) {
            assertTrue(archive.holds("2021/05/a.png"));
            assertTrue(archive.holds("2021/05/b.png"));
            assertTrue(archive.holds("2021/05/c.png"));
            assertEquals(3, archive.size(), "folders are ignored");
            assertEquals(List.of(), archive.refusedNames());
            assertArrayEquals(PNG, archive.read("2021/05/c.png"));
            assertThrows(IllegalArgumentException.class, () -> archive.read("2021/05/d.png"));
        }
    }

    @Test
    void never_reads_an_entry_whose_name_could_lead_out_of_the_folder() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<String> hostile = List.of("../photo.png", "2021/../../photo.png", "/etc/photo.png", "C:/photo.png",
                "2021\\..\\photo.png", "uploads/./photo.png");
        hostile.forEach(name -> entries.put(name, PNG));
        try (UploadsArchive archive = UploadsArchive.open(zip(entries))) {
            assertEquals(hostile, archive.refusedNames());
            assertEquals(0, archive.size());
            assertFalse(archive.holds("photo.png"));
        }
    }

    @Test
    void refuses_a_file_larger_than_the_site_takes_whatever_the_archive_claims() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("2021/05/huge.png", new byte[UploadMediaCommand.MAX_BYTES + 1]);
        entries.put("2021/05/exact.png", new byte[UploadMediaCommand.MAX_BYTES]);
        try (UploadsArchive archive = UploadsArchive.open(zip(entries))) {
            ImageRefusedException refused = assertThrows(ImageRefusedException.class, () -> archive.read("2021/05/huge.png"));
            assertTrue(refused.getMessage().contains("10 MiB"), refused.getMessage());
            assertEquals(UploadMediaCommand.MAX_BYTES, archive.read("2021/05/exact.png").length);
        }
    }

    @Test
    void refuses_a_file_that_is_not_a_zip_archive() throws IOException {
        Path file = Files.writeString(directory.resolve("not.zip"), "<rss/>");
        assertThrows(IllegalArgumentException.class, () -> UploadsArchive.open(file));
    }

    @Test
    void reads_the_path_in_the_uploads_from_the_sites_addresses_and_the_original_of_a_smaller_copy() {
        Set<String> hosts = Set.of("hrcities.example", "127.0.0.1");
        assertEquals(Optional.of("2021/05/photo.jpg"),
                UploadsAddresses.pathOf("https://hrcities.example/wp-content/uploads/2021/05/photo.jpg", hosts));
        assertEquals(Optional.of("2021/05/photo.jpg"),
                UploadsAddresses.pathOf("http://127.0.0.1:8081/blog/wp-content/uploads/2021/05/photo.jpg?ver=2#top", hosts));
        assertEquals(Optional.of("2021/05/my photo.jpg"), UploadsAddresses.pathOf("/wp-content/uploads/2021/05/my%20photo.jpg", hosts));
        assertEquals(Optional.empty(), UploadsAddresses.pathOf("https://elsewhere.example/wp-content/uploads/2021/05/photo.jpg", hosts));
        assertEquals(Optional.empty(), UploadsAddresses.pathOf("/wp-content/uploads/2021/%2e%2e/%2e%2e/secret.jpg", hosts));
        assertEquals(Optional.empty(), UploadsAddresses.pathOf("/about/", hosts));
        assertEquals(Optional.of("2021/05/photo.jpg"), UploadsAddresses.original("2021/05/photo-300x200.jpg"));
        assertEquals(Optional.empty(), UploadsAddresses.original("2021/05/photo.jpg"));
    }
}
