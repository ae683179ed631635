package org.hrcities.platform.adapter.in.web.site.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.route.MediaAddresses;
import org.hrcities.platform.application.port.in.media.MediaNotFoundException;
import org.hrcities.platform.application.port.in.media.ReadMediaUseCase;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;

/**
 * The site's images, at {@code /media/{id}/{file name}}: the bytes never change under an id, so they
 * are cached for a year without asking again ({@code immutable}), and their SHA-256 is their ETag.
 * An address with another file name, or none, is led to the right one (301); an unknown id answers
 * the 404 page. The images are not compressed again (they are compressed already) and not kept in
 * the page cache: browsers and proxies keep them. Their bytes are held within the memory that
 * {@link MediaDeliveries} allows, until they have been written.
 */
@Path("media")
@ApplicationScoped
public class MediaFilesResource {

    private static final String CACHE = "public, max-age=31536000, immutable";
    /** The bytes handed to the container at once. */
    static final int WRITE_BYTES = 64 * 1024;

    private ReadMediaUseCase media;
    private MediaDeliveries deliveries;

    protected MediaFilesResource() {
        // for the container's proxy
    }

    @Inject
    public MediaFilesResource(ReadMediaUseCase media, MediaDeliveries deliveries) {
        this.media = media;
        this.deliveries = deliveries;
    }

    /** Also HEAD, which JAX-RS answers through this method: the bytes are then not read. */
    @GET
    @Path("{id}/{name}")
    public Response file(@PathParam("id") String id, @PathParam("name") String name,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context Request request) {
        return answer(id, name, ifNoneMatch, !HttpMethod.HEAD.equals(request.getMethod()));
    }

    private Response answer(String id, String name, String ifNoneMatch, boolean withBody) {
        MediaId mediaId = parse(id);
        MediaFile known = media.findMedia(mediaId).orElseThrow(() -> new MediaNotFoundException(mediaId));
        if (!known.fileName().equals(name)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(MediaAddresses.of(known)).build();
        }
        String etag = "\"" + known.sha256() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
        }
        Response.ResponseBuilder answer = Response.ok().type(known.format().mediaType())
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header(HttpHeaders.CONTENT_LENGTH, known.byteCount())
                .header("Content-Disposition", "inline; filename=\"" + known.fileName() + "\"");
        if (withBody) {
            MediaDeliveries.Lease lease = deliveries.open(known).orElseThrow(() -> new MediaNotFoundException(mediaId));
            answer.entity((StreamingOutput) out -> lease.writeTo(out, WRITE_BYTES));
        }
        return answer.build();
    }

    @GET
    @Path("{id}")
    public Response withoutName(@PathParam("id") String id) {
        MediaId mediaId = parse(id);
        MediaFile known = media.findMedia(mediaId).orElseThrow(() -> new MediaNotFoundException(mediaId));
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(MediaAddresses.of(known)).build();
    }

    private static MediaId parse(String id) {
        return Ids.mediaFromPath(id);
    }
}
