package org.hrcities.platform.adapter.in.web.admin.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.adapter.in.web.render.Dates;
import org.hrcities.platform.adapter.in.web.render.Sentences;
import org.hrcities.platform.adapter.in.web.route.MediaAddresses;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.media.DescribeMediaUseCase;
import org.hrcities.platform.application.port.in.media.MediaNotFoundException;
import org.hrcities.platform.application.port.in.media.ReadMediaUseCase;
import org.hrcities.platform.application.port.in.media.UploadMediaCommand;
import org.hrcities.platform.application.port.in.media.UploadMediaUseCase;
import org.hrcities.platform.application.port.in.media.UploadedMedia;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * The editors' media library: the newest images first, {@value #PER_PAGE} a page, each with its size,
 * its public address and a form to write what it shows (alt text, as read at its version); above them
 * the upload form. The upload is a multipart form read by JAX-RS as {@link EntityPart}s from the
 * request's stream, like the import's ({@code ImportPagesResource}): the request limits leave its body
 * to this resource ({@link RequestPaths#isUpload}), which reads the file up to
 * {@link UploadMediaCommand#MAX_BYTES} and checks the CSRF token among the parts. A refused file comes
 * back on the page with why, beside the file field (400, or 413 when too large); nothing is kept.
 */
@ApplicationScoped
@Path(RequestPaths.MEDIA_UPLOAD_PAGE_PATH)
@Requires(Permission.WRITE_POSTS)
public class MediaLibraryPagesResource {

    static final int PER_PAGE = 30;
    private static final String TEMPLATE = "admin/media.jte";
    private static final String SECTION = "media";

    static final String NO_FILE = "Choose an image to upload: a PNG, JPEG, WebP or GIF file.";
    static final String TOO_LARGE = "The file is larger than 10 MiB, the most the library takes. Make the image "
            + "smaller (a photograph for the web rarely needs more than 2,000 pixels across) and send it again.";
    static final String NOT_UPLOADED = "The image was not uploaded.";

    private UploadMediaUseCase upload;
    private ReadMediaUseCase read;
    private DescribeMediaUseCase describe;
    private SiteTimeZone zone;

    protected MediaLibraryPagesResource() {
        // for the container's proxy
    }

    @Inject
    public MediaLibraryPagesResource(UploadMediaUseCase upload, ReadMediaUseCase read, DescribeMediaUseCase describe,
                                     SiteTimeZone zone) {
        this.upload = upload;
        this.read = read;
        this.describe = describe;
        this.zone = zone;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response library(@QueryParam("page") String page, @QueryParam("notice") String notice,
                            @QueryParam("file") String file, @BeanParam AdminRequest admin) {
        return admin.page(200, TEMPLATE, page(admin, pageNumber(page), MediaLibraryPage.Upload.BLANK, null, null,
                notice(notice, file)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(List<EntityPart> form, @BeanParam AdminRequest admin) throws IOException {
        Map<String, EntityPart> parts = new HashMap<>();
        form.forEach(part -> parts.putIfAbsent(part.getName(), part));
        String token = text(parts.get("token"));
        String alt = text(parts.get("alt"));
        EntityPart file = parts.get("file");
        if (!admin.acceptsForm(token)) {
            return refusedUpload(admin, 403, new MediaLibraryPage.Upload(alt, null, null), AdminPages.EXPIRED_FORM);
        }
        if (file == null) {
            return refusedUpload(admin, 400, new MediaLibraryPage.Upload(alt, NO_FILE, null), NOT_UPLOADED);
        }
        byte[] bytes;
        try (InputStream in = file.getContent()) {
            bytes = in.readNBytes(UploadMediaCommand.MAX_BYTES + 1);
        }
        if (bytes.length == 0) {
            return refusedUpload(admin, 400, new MediaLibraryPage.Upload(alt, NO_FILE, null), NOT_UPLOADED);
        }
        if (bytes.length > UploadMediaCommand.MAX_BYTES) {
            return refusedUpload(admin, 413, new MediaLibraryPage.Upload(alt, TOO_LARGE, null), NOT_UPLOADED);
        }
        UploadedMedia kept;
        try {
            kept = upload.upload(new UploadMediaCommand(file.getFileName().orElse(null), bytes, alt));
        } catch (InvalidValueException e) {
            String message = Sentences.of(e.getMessage());
            MediaLibraryPage.Upload refused = "alt".equals(e.field()) ? new MediaLibraryPage.Upload(alt, null, message)
                    : new MediaLibraryPage.Upload(alt, message, null);
            return refusedUpload(admin, 400, refused, NOT_UPLOADED);
        }
        return AdminPages.seeOther(UriBuilder.fromPath("/admin/media").queryParam("file", kept.file().id().toString())
                .build().toString(), kept.keptBefore() ? "known" : "uploaded");
    }

    /** Writes what the image shows, as read at the form's version; blank clears it. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response describe(@PathParam("id") String id, MultivaluedMap<String, String> form,
                             @BeanParam AdminRequest admin) {
        MediaId mediaId = Ids.mediaFromPath(id);
        MediaFile stored = read.findMedia(mediaId).orElseThrow(() -> new MediaNotFoundException(mediaId));
        int page = pageNumber(form.getFirst("page"));
        String typed = AdminPages.value(form, "alt");
        if (!admin.acceptsForm(form)) {
            return refusedDescription(admin, 403, page, stored, AdminPages.version(form), typed, null,
                    AdminPages.EXPIRED_FORM);
        }
        String notSaved = "The description of " + stored.fileName() + " was not saved.";
        try {
            describe.describe(mediaId, AdminPages.version(form), typed);
        } catch (ConcurrentUpdateException e) {
            MediaFile now = read.findMedia(mediaId).orElseThrow(() -> new MediaNotFoundException(mediaId));
            return refusedDescription(admin, 409, page, now, now.version(), typed, stale(now), notSaved);
        } catch (InvalidValueException e) {
            if ("version".equals(e.field())) {
                return refusedDescription(admin, 409, page, stored, stored.version(), typed, stale(stored), notSaved);
            }
            return refusedDescription(admin, 400, page, stored, AdminPages.version(form), typed,
                    Sentences.of(e.getMessage()), notSaved);
        }
        UriBuilder back = UriBuilder.fromPath("/admin/media");
        if (page > 1) {
            back.queryParam("page", page);
        }
        back.queryParam("notice", "described").queryParam("file", mediaId.toString()).fragment("media-" + mediaId);
        return Response.seeOther(back.build()).build();
    }

    /**
     * Said when someone else described the image since its form was read: their text is named, the
     * form keeps what was typed and takes the current version, so that sending it again replaces theirs.
     */
    static String stale(MediaFile now) {
        return "Someone else changed this description while you were writing yours. It now says " + (now.isDescribed() ? "“" + now.altText() + "”" : "nothing")
                + ". Your text is still in its field: send it again to replace the current one.";
    }

    private Response refusedUpload(AdminRequest admin, int status, MediaLibraryPage.Upload typed, String error) {
        return admin.page(status, TEMPLATE, page(admin, 1, typed, null, error, null));
    }

    /** The page again with the image's form as typed, {@code error} beside its field and {@code summary} above. */
    private Response refusedDescription(AdminRequest admin, int status, int page, MediaFile file, long version,
                                        String typed, String error, String summary) {
        MediaLibraryPage.Row row = row(file, typed, version, error);
        return admin.page(status, TEMPLATE, page(admin, page, MediaLibraryPage.Upload.BLANK, row, summary, null));
    }

    /** Page {@code number} of the library; {@code refused}, the image whose form came back, takes its place or leads. */
    private MediaLibraryPage page(AdminRequest admin, int number, MediaLibraryPage.Upload upload,
                                  MediaLibraryPage.Row refused, String error, String notice) {
        long total = read.countMedia();
        long totalPages = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        List<MediaLibraryPage.Row> rows = new ArrayList<>();
        boolean placed = false;
        for (MediaFile file : read.listNewest((number - 1) * PER_PAGE, PER_PAGE)) {
            if (refused != null && refused.id().equals(file.id().toString())) {
                rows.add(refused);
                placed = true;
            } else {
                rows.add(row(file, file.altText(), file.version(), null));
            }
        }
        if (refused != null && !placed) {
            rows.addFirst(refused);
        }
        return new MediaLibraryPage(admin.nav(SECTION), upload, rows, total, number, totalPages,
                number > 1 ? href(Math.min(number - 1, totalPages)) : null,
                number < totalPages ? href(number + 1) : null, notice, error);
    }

    private MediaLibraryPage.Row row(MediaFile file, String typed, long version, String error) {
        return new MediaLibraryPage.Row(file.id().toString(), file.fileName(), MediaAddresses.pathOf(file),
                file.width(), file.height(), file.byteCount(), file.altText(), typed, version,
                zone.human(file.uploadedAt()), Dates.iso(file.uploadedAt()), error);
    }

    /** The sentence a notice key and the file it is about stand for; null when either is unknown. */
    private String notice(String notice, String fileId) {
        Optional<MediaFile> file = mediaId(fileId).flatMap(read::findMedia);
        if (notice == null || file.isEmpty()) {
            return null;
        }
        String name = file.get().fileName();
        return switch (notice) {
            case "uploaded" -> name + " was uploaded." + (file.get().isDescribed() ? ""
                    : " Write what it shows in its form below, for readers who cannot see it.");
            case "known" -> name + " was already in the library: the same image had been uploaded before, so it is "
                    + "kept once." + (file.get().isDescribed() ? "" : " Write what it shows in its form below.");
            case "described" -> file.get().isDescribed() ? "The description of " + name + " was saved."
                    : "The description of " + name + " was removed.";
            default -> null;
        };
    }

    private static Optional<MediaId> mediaId(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new MediaId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String href(long page) {
        UriBuilder href = UriBuilder.fromPath("/admin/media");
        if (page > 1) {
            href.queryParam("page", page);
        }
        return href.build().toString();
    }

    private static int pageNumber(String page) {
        try {
            int number = page == null ? 1 : Integer.parseInt(page.strip());
            return Math.max(1, Math.min(number, 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A text field of the multipart form, empty when missing; at most 64 KiB of it. */
    private static String text(EntityPart part) throws IOException {
        if (part == null) {
            return "";
        }
        try (InputStream in = part.getContent()) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }
}
