package org.hrcities.platform.adapter.in.web.admin.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.application.port.in.media.DescribeMediaUseCase;
import org.hrcities.platform.application.port.in.media.ReadMediaUseCase;
import org.hrcities.platform.application.port.in.media.UploadMediaCommand;
import org.hrcities.platform.application.port.in.media.UploadMediaUseCase;
import org.hrcities.platform.application.port.in.media.UploadedMedia;
import org.hrcities.platform.domain.media.ImageRefusedException;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.media.TestImages;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The media library turns an upload or a description into one use-case call and its answer into a
 * redirect with a notice, or the page again with what was wrong beside its field. The admin request
 * is a stand-in that hands back the page's model unrendered.
 */
@ExtendWith(MockitoExtension.class)
class MediaLibraryPagesResourceTest {

    private static final AdminNav NAV = new AdminNav("Anna", "editor", "media", "A".repeat(43), true, false, false,
            false, false, false, true, true);
    private static final byte[] PNG = TestImages.png(4, 3);

    @Mock
    private UploadMediaUseCase upload;
    @Mock
    private ReadMediaUseCase read;
    @Mock
    private DescribeMediaUseCase describe;

    private MediaLibraryPagesResource resource() {
        lenient().when(read.listNewest(anyInt(), anyInt())).thenReturn(List.of());
        return new MediaLibraryPagesResource(upload, read, describe, new SiteTimeZone(ZoneId.of("Europe/Brussels")));
    }

    private static MediaFile file(String alt, Instant uploadedAt) {
        return MediaFile.upload(MediaId.generate(), "Harbour.PNG", PNG, alt, uploadedAt);
    }

    private static List<EntityPart> form(String token, String fileName, byte[] file, String alt) {
        List<EntityPart> parts = new ArrayList<>();
        parts.add(new Part("token", null, token.getBytes(StandardCharsets.UTF_8)));
        parts.add(new Part("alt", null, alt.getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            parts.add(new Part("file", fileName, file));
        }
        return parts;
    }

    @Test
    void keeps_an_uploaded_image_with_one_call_and_names_it_in_the_notice() throws Exception {
        MediaFile kept = file("Boats", Instant.now().plusSeconds(1));
        when(upload.upload(any())).thenReturn(new UploadedMedia(kept, false));

        Response response = resource().upload(form("ok", "Harbour.PNG", PNG, "Boats"), new Editor(true));

        assertEquals(303, response.getStatus());
        assertEquals("/admin/media?file=" + kept.id() + "&notice=uploaded", response.getLocation().toString());
        ArgumentCaptor<UploadMediaCommand> command = ArgumentCaptor.forClass(UploadMediaCommand.class);
        verify(upload).upload(command.capture());
        assertEquals("Harbour.PNG", command.getValue().originalName());
        assertEquals("Boats", command.getValue().altText());
        assertEquals(PNG.length, command.getValue().bytes().length);

        when(read.findMedia(kept.id())).thenReturn(Optional.of(kept));
        MediaLibraryPage page = assertInstanceOf(MediaLibraryPage.class,
                resource().library(null, "uploaded", kept.id().toString(), new Editor(true)).getEntity());
        assertEquals("harbour.png was uploaded.", page.notice());
    }

    @Test
    void says_when_the_same_image_was_already_in_the_library() throws Exception {
        MediaFile known = file("", Instant.parse("2026-01-01T00:00:00Z"));
        when(upload.upload(any())).thenReturn(new UploadedMedia(known, true));

        Response response = resource().upload(form("ok", "again.png", PNG, ""), new Editor(true));

        assertTrue(response.getLocation().toString().endsWith("notice=known"), response.getLocation().toString());
        when(read.findMedia(known.id())).thenReturn(Optional.of(known));
        MediaLibraryPage page = assertInstanceOf(MediaLibraryPage.class,
                resource().library(null, "known", known.id().toString(), new Editor(true)).getEntity());
        assertTrue(page.notice().startsWith("harbour.png was already in the library"), page.notice());
    }

    @Test
    void a_refused_file_comes_back_beside_the_file_field_with_the_alt_text_typed() throws Exception {
        when(upload.upload(any())).thenThrow(new ImageRefusedException(
                "SVG images are not taken: they can carry script; send a PNG, JPEG, WebP or GIF"));

        Response response = resource().upload(form("ok", "logo.svg", "<svg/>".getBytes(StandardCharsets.UTF_8), "Logo"),
                new Editor(true));

        assertEquals(400, response.getStatus());
        MediaLibraryPage page = assertInstanceOf(MediaLibraryPage.class, response.getEntity());
        assertEquals("SVG images are not taken: they can carry script; send a PNG, JPEG, WebP or GIF.",
                page.upload().fileError());
        assertEquals("Logo", page.upload().alt());
        assertEquals(MediaLibraryPagesResource.NOT_UPLOADED, page.error());
    }

    @Test
    void a_file_over_ten_mebibytes_is_refused_as_too_large_without_the_use_case() throws Exception {
        Response response = resource().upload(form("ok", "huge.png", new byte[UploadMediaCommand.MAX_BYTES + 1], ""),
                new Editor(true));

        assertEquals(413, response.getStatus());
        assertEquals(MediaLibraryPagesResource.TOO_LARGE,
                assertInstanceOf(MediaLibraryPage.class, response.getEntity()).upload().fileError());
        verifyNoInteractions(upload);
    }

    @Test
    void a_form_without_a_file_or_without_a_valid_token_keeps_nothing() throws Exception {
        assertEquals(400, resource().upload(form("ok", null, null, ""), new Editor(true)).getStatus());
        assertEquals(400, resource().upload(form("ok", "", new byte[0], ""), new Editor(true)).getStatus());
        Response forged = resource().upload(form("forged", "a.png", PNG, ""), new Editor(false));
        assertEquals(403, forged.getStatus());
        assertEquals(AdminPages.EXPIRED_FORM, assertInstanceOf(MediaLibraryPage.class, forged.getEntity()).error());
        verifyNoInteractions(upload);
    }

    @Test
    void describes_an_image_as_read_at_the_forms_version_and_goes_back_to_it() {
        MediaFile stored = file("", Instant.now());
        when(read.findMedia(stored.id())).thenReturn(Optional.of(stored));

        Response response = resource().describe(stored.id().toString(), fields("Boats at dawn", 0, "2"), new Editor(true));

        assertEquals(303, response.getStatus());
        assertEquals("/admin/media?page=2&notice=described&file=" + stored.id() + "#media-" + stored.id(),
                response.getLocation().toString());
        verify(describe).describe(stored.id(), 0, "Boats at dawn");
    }

    @Test
    void a_stale_description_comes_back_as_a_conflict_with_what_was_typed_and_the_current_text() {
        MediaFile stored = file("Theirs", Instant.now());
        when(read.findMedia(stored.id())).thenReturn(Optional.of(stored));
        when(describe.describe(eq(stored.id()), eq(0L), any())).thenThrow(new ConcurrentUpdateException("media file", stored.id()));

        Response response = resource().describe(stored.id().toString(), fields("Mine", 0, null), new Editor(true));

        assertEquals(409, response.getStatus());
        MediaLibraryPage page = assertInstanceOf(MediaLibraryPage.class, response.getEntity());
        MediaLibraryPage.Row row = page.rows().getFirst();
        assertEquals("Mine", row.typed());
        assertEquals("Theirs", row.alt());
        assertTrue(row.error().contains("It now says “Theirs”"), row.error());
        assertEquals("#alt-" + stored.id(), page.errorLinks().getFirst().href());
    }

    @Test
    void a_description_without_a_valid_token_changes_nothing() {
        MediaFile stored = file("", Instant.now());
        when(read.findMedia(stored.id())).thenReturn(Optional.of(stored));

        Response response = resource().describe(stored.id().toString(), fields("Boats", 0, null), new Editor(false));

        assertEquals(403, response.getStatus());
        assertNull(assertInstanceOf(MediaLibraryPage.class, response.getEntity()).notice());
        verifyNoInteractions(describe);
    }

    private static MultivaluedMap<String, String> fields(String alt, long version, String page) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("alt", alt);
        form.putSingle("version", String.valueOf(version));
        if (page != null) {
            form.putSingle("page", page);
        }
        return form;
    }

    /** A part of a multipart form, as JAX-RS hands it over. */
    private record Part(String name, String fileName, byte[] bytes) implements EntityPart {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Optional<String> getFileName() {
            return Optional.ofNullable(fileName);
        }

        @Override
        public InputStream getContent() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public <T> T getContent(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T getContent(GenericType<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MultivaluedMap<String, String> getHeaders() {
            return new MultivaluedHashMap<>();
        }

        @Override
        public MediaType getMediaType() {
            return fileName == null ? MediaType.TEXT_PLAIN_TYPE : MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }

    /** A signed-in editor whose form carries its token (or not); a page is its model, unrendered. */
    private static final class Editor extends AdminRequest {

        private final boolean tokenMatches;

        Editor(boolean tokenMatches) {
            this.tokenMatches = tokenMatches;
        }

        @Override
        public boolean acceptsForm(MultivaluedMap<String, String> form) {
            return tokenMatches;
        }

        @Override
        public boolean acceptsForm(String formToken) {
            return tokenMatches;
        }

        @Override
        public AdminNav nav(String section) {
            return NAV;
        }

        @Override
        public Response page(int status, String template, Object model) {
            return Response.status(status).entity(model).build();
        }
    }
}
