package org.hrcities.platform.adapter.in.web.wordpress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.application.port.in.media.UploadMediaCommand;
import org.hrcities.platform.domain.media.ImageRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsFolderTest {

    @TempDir
    Path work;

    @Test
    void finds_the_files_of_a_folder_by_their_path_in_the_uploads_and_leaves_the_folder_as_it_was() throws IOException {
        Path root = Files.createDirectories(work.resolve("imports").resolve("hrc-uploads"));
        Files.createDirectories(root.resolve("2020/09"));
        Files.write(root.resolve("2020/09/banner.png"), new byte[] {1, 2, 3});
        try (Uploads uploads = Uploads.open(root)) {
            assertTrue(uploads instanceof UploadsFolder);
            assertTrue(uploads.holds("2020/09/banner.png"));
            assertFalse(uploads.holds("2020/09"));
            assertEquals(1, uploads.size());
            assertArrayEquals(new byte[] {1, 2, 3}, uploads.read("2020/09/banner.png"));
            assertThrows(IllegalArgumentException.class, () -> uploads.read("../secret.txt"));
        }
        assertTrue(Files.exists(root.resolve("2020/09/banner.png")));
    }

    @Test
    void never_follows_a_link_out_of_the_folder_and_reads_a_file_only_up_to_an_images_size() throws IOException {
        Path secret = Files.writeString(work.resolve("secret.txt"), "the server's own file");
        Path root = Files.createDirectories(work.resolve("imports").resolve("site"));
        Files.createSymbolicLink(root.resolve("link.txt"), secret);
        Files.createSymbolicLink(root.resolve("outside"), work);
        Files.write(root.resolve("large.jpg"), new byte[UploadMediaCommand.MAX_BYTES + 1]);
        try (Uploads uploads = Uploads.open(root)) {
            assertFalse(uploads.holds("link.txt"));
            assertFalse(uploads.holds("outside/secret.txt"));
            assertEquals(List.of("link.txt", "outside"), uploads.refusedNames().stream().sorted().toList());
            assertThrows(ImageRefusedException.class, () -> uploads.read("large.jpg"));
        }
    }

    @Test
    void an_import_names_a_folder_of_the_import_folder_by_its_name_alone() throws IOException {
        Path imports = Files.createDirectories(work.resolve("imports"));
        Path site = Files.createDirectories(imports.resolve("site"));
        Files.createDirectories(work.resolve("elsewhere"));
        Files.createSymbolicLink(imports.resolve("link"), work.resolve("elsewhere"));
        Files.writeString(imports.resolve("file.txt"), "x");
        ImportFolder folder = new ImportFolder(imports);
        assertEquals(Optional.of(site.toRealPath()), folder.folder("site"));
        for (String name : new String[] {"..", ".", "../imports/site", "site/2020", "/etc", "link", "file.txt", "none",
                "", " ", "a\0b", null}) {
            assertEquals(Optional.empty(), folder.folder(name), String.valueOf(name));
        }
        assertEquals(Optional.empty(), new ImportFolder(work.resolve("no-such-folder")).folder("site"));
    }
}
