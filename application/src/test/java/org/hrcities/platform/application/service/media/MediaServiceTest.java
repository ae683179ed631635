package org.hrcities.platform.application.service.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.in.media.MediaNotFoundException;
import org.hrcities.platform.application.port.in.media.UploadMediaCommand;
import org.hrcities.platform.application.port.in.media.UploadedMedia;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.media.ImageRefusedException;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.media.TestImages;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class MediaServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Mock
    private MediaRepository media;
    @Mock
    private MediaContentPort content;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private final Map<MediaId, MediaFile> stored = new HashMap<>();
    private final Map<MediaId, byte[]> bytes = new HashMap<>();
    private MediaService service;

    @BeforeEach
    void storeInMaps() {
        lenient().doAnswer(call -> {
            MediaFile file = call.getArgument(0);
            stored.put(file.id(), copy(file, file.version() + 1));
            return null;
        }).when(media).save(any());
        lenient().doAnswer(call -> Optional.ofNullable(stored.get((MediaId) call.getArgument(0)))
                .map(file -> copy(file, file.version()))).when(media).findById(any());
        lenient().doAnswer(call -> stored.values().stream().filter(file -> file.sha256().equals(call.getArgument(0)))
                .findFirst().map(file -> copy(file, file.version()))).when(media).findBySha256(any());
        lenient().doAnswer(call -> bytes.put(call.getArgument(0), call.getArgument(1))).when(content).store(any(), any());
        lenient().doAnswer(call -> Optional.ofNullable(bytes.get((MediaId) call.getArgument(0)))).when(content).read(any());
        service = new MediaService(media, content, transactions, () -> NOW);
    }

    private static MediaFile copy(MediaFile file, long version) {
        return MediaFile.reconstitute(file.id(), file.fileName(), file.image(), file.byteCount(), file.sha256(),
                file.altText(), file.uploadedAt(), version);
    }

    @Test
    void keeps_an_image_and_its_bytes_in_one_transaction_and_reads_them_back() {
        byte[] png = TestImages.png(30, 20);
        UploadedMedia uploaded = service.upload(new UploadMediaCommand("Graz Rathaus.png", png, "Graz city hall"));
        assertFalse(uploaded.keptBefore());
        MediaFile file = uploaded.file();
        assertEquals("graz-rathaus.png", file.fileName());
        assertEquals("Graz city hall", file.altText());
        assertEquals(1, transactions.started());
        assertArrayEquals(png, service.readContent(file.id()).orElseThrow().bytes());
        assertEquals(30, service.findMedia(file.id()).orElseThrow().width());
    }

    @Test
    void the_same_bytes_again_answer_the_file_kept_first_and_gain_its_missing_description() {
        byte[] gif = TestImages.gif(4, 4);
        UploadedMedia uploaded = service.upload(new UploadMediaCommand("a.gif", gif, ""));
        UploadedMedia again = service.upload(new UploadMediaCommand("b.gif", gif, "A small square"));
        assertFalse(uploaded.keptBefore());
        assertTrue(again.keptBefore(), "the same bytes are the file kept before");
        MediaFile first = uploaded.file();
        MediaFile second = again.file();
        assertEquals(first.id(), second.id());
        assertEquals("a.gif", second.fileName());
        assertEquals("A small square", second.altText());
        assertEquals(1, stored.size());
        assertEquals(1, bytes.size());
    }

    @Test
    void refuses_what_is_not_an_image_before_anything_is_written() {
        assertThrows(ImageRefusedException.class, () -> service.upload(new UploadMediaCommand("x.png",
                "<svg onload=alert(1)></svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "")));
        assertThrows(ImageRefusedException.class, () -> new UploadMediaCommand("x.png", new byte[0], ""));
        assertThrows(ImageRefusedException.class, () -> new UploadMediaCommand("x.png",
                new byte[UploadMediaCommand.MAX_BYTES + 1], ""));
        verify(media, never()).save(any());
        verify(content, never()).store(any(), any());
        assertEquals(0, transactions.started());
    }

    @Test
    void describes_a_file_at_the_version_read() {
        MediaFile file = service.upload(new UploadMediaCommand("a.png", TestImages.png(2, 2), "")).file();
        MediaFile described = service.describe(file.id(), file.version(), "Two red pixels");
        assertEquals("Two red pixels", described.altText());
        assertThrows(ConcurrentUpdateException.class, () -> service.describe(file.id(), file.version(), "stale"));
        assertThrows(MediaNotFoundException.class, () -> service.describe(MediaId.generate(), 0, "x"));
        assertTrue(service.readContent(MediaId.generate()).isEmpty());
    }
}
