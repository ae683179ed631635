package org.hrcities.platform.adapter.in.web.api.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.hrcities.platform.adapter.in.web.error.Problems;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.Preconditions;
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
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * The admin API's media library, for editors: {@code POST /api/admin/media} takes an image as the
 * body (its bytes decide what it is, whatever its {@code Content-Type}: PNG, JPEG, WebP or GIF; SVG
 * and everything else refused), with {@code name} (the file's name) and {@code alt} (what it shows)
 * as query parameters, and answers 201 with the new file, or 200 with the file kept before for the
 * same bytes; list, read, and describe ({@code PUT} with {@code If-Match}). The body is left to this
 * resource by the request limits ({@link RequestPaths#isUpload}) and read up to
 * {@link UploadMediaCommand#MAX_BYTES}.
 */
@ApplicationScoped
@Path(RequestPaths.MEDIA_UPLOAD_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.WRITE_POSTS)
public class AdminMediaResource {

    /** How many files a list holds unless {@code limit} says otherwise. */
    static final int DEFAULT_LIMIT = 50;

    private UploadMediaUseCase upload;
    private ReadMediaUseCase read;
    private DescribeMediaUseCase describe;

    protected AdminMediaResource() {
        // for the container's proxy
    }

    @Inject
    public AdminMediaResource(UploadMediaUseCase upload, ReadMediaUseCase read, DescribeMediaUseCase describe) {
        this.upload = upload;
        this.read = read;
        this.describe = describe;
    }

    @POST
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(InputStream body, @QueryParam("name") String name, @QueryParam("alt") String alt,
                           @Context UriInfo uri) throws IOException {
        byte[] bytes = body.readNBytes(UploadMediaCommand.MAX_BYTES + 1);
        if (bytes.length > UploadMediaCommand.MAX_BYTES) {
            return Problems.builder(uri, 413, "body-too-large", "Image too large", "an image may take at most "
                    + UploadMediaCommand.MAX_BYTES + " bytes (10 MiB)", List.of()).build();
        }
        UploadedMedia uploaded = upload.upload(new UploadMediaCommand(name, bytes, alt));
        MediaFile file = uploaded.file();
        Response.ResponseBuilder answer = uploaded.keptBefore() ? Response.ok()
                : Response.created(UriBuilder.fromPath("/api/admin/media/{id}").build(file.id().toString()));
        return one(answer, file);
    }

    /** The newest files first, {@code limit} (1 to 200) from {@code offset}. */
    @GET
    public Response list(@QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("" + DEFAULT_LIMIT) int limit) {
        if (offset < 0) {
            throw new InvalidValueException("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > 200) {
            throw new InvalidValueException("limit", "limit must be 1 to 200");
        }
        List<MediaResponse> files = read.listNewest(offset, limit).stream().map(MediaResponse::from).toList();
        return Response.ok(files).header("Cache-Control", "no-store")
                .header("X-Total-Count", read.countMedia()).build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id) {
        MediaId mediaId = Ids.mediaFromPath(id);
        return one(Response.ok(), read.findMedia(mediaId).orElseThrow(() -> new MediaNotFoundException(mediaId)));
    }

    /** Writes what the image shows, as read at the version in {@code If-Match}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response describe(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                             DescribeMediaRequest body) {
        MediaId mediaId = Ids.mediaFromPath(id);
        read.findMedia(mediaId).orElseThrow(() -> new MediaNotFoundException(mediaId));
        long expected = Preconditions.expectedVersion(ifMatch);
        String alt = body == null ? null : body.alt();
        return one(Response.ok(), Preconditions.unlessStale(() -> describe.describe(mediaId, expected, alt)));
    }

    private static Response one(Response.ResponseBuilder response, MediaFile file) {
        return response.entity(MediaResponse.from(file)).tag(Preconditions.tagOf(file.version()))
                .header("Cache-Control", "no-store").build();
    }
}
