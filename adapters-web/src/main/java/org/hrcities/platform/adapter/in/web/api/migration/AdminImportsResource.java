package org.hrcities.platform.adapter.in.web.api.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.error.FieldErrorResponse;
import org.hrcities.platform.adapter.in.web.error.Problems;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.adapter.in.web.wordpress.ImportFolder;
import org.hrcities.platform.adapter.in.web.wordpress.ImportStatus;
import org.hrcities.platform.adapter.in.web.wordpress.ReceivedFiles;
import org.hrcities.platform.adapter.in.web.wordpress.TopicMappings;
import org.hrcities.platform.adapter.in.web.wordpress.UploadsArchive;
import org.hrcities.platform.adapter.in.web.wordpress.WordPressImports;
import org.hrcities.platform.adapter.in.web.wordpress.WxrExport;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.migration.ExportUnreadableException;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.city.PartnerCityId;

/**
 * Imports of WordPress exports in the admin API (administrators). {@code POST /api/admin/imports}
 * takes a WXR file as the body ({@code application/xml}), reads it whole at once and refuses a
 * malformed file or one that is not a WordPress export with 400 and where (line and column), before
 * anything is imported; otherwise it answers {@code 202} with the {@code Location} of the import,
 * whose {@code GET} says how far it has come and, once done, what it did. Each {@code map} query
 * parameter ({@code category:vienna=vienna}) says which partner city a category or tag stands for;
 * {@code staff=true} opens a disabled editor's account for each author whose address no account has.
 * The export may come with the site's uploads folder ({@code wp-content/uploads}) as a ZIP archive: then
 * the body is {@code multipart/form-data} with the parts {@code export} (the WXR file) and {@code uploads}
 * (the archive), and the images are kept as media files.
 * <p>
 * The body of a request with credentials is not received into memory by the request limits: it is
 * streamed to a file here, after the sign-in was checked, up to {@link #MAX_EXPORT_BYTES} bytes for the
 * export and {@link #MAX_UPLOADS_BYTES} for the archive (one without credentials is held to the limits,
 * and refused).
 */
@ApplicationScoped
@Path(RequestPaths.UPLOAD_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.IMPORT_SITE)
public class AdminImportsResource {

    /** The largest export taken: 1 GiB, ten times an export of 10,000 posts with 100,000 comments. */
    public static final long MAX_EXPORT_BYTES = ReceivedFiles.MAX_EXPORT_BYTES;

    /** The largest archive of the uploads folder taken: 4 GiB. */
    public static final long MAX_UPLOADS_BYTES = UploadsArchive.MAX_ARCHIVE_BYTES;

    private WordPressImports imports;
    private ListPartnerCitiesForAdministrationUseCase partnerCities;
    private ImportFolder importFolder;

    protected AdminImportsResource() {
        // for the container's proxy
    }

    @Inject
    public AdminImportsResource(WordPressImports imports, ListPartnerCitiesForAdministrationUseCase partnerCities,
                                ImportFolder importFolder) {
        this.imports = imports;
        this.partnerCities = partnerCities;
        this.importFolder = importFolder;
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/rss+xml"})
    public Response start(InputStream body, @QueryParam("map") List<String> mappings, @QueryParam("name") String name,
                          @QueryParam("staff") boolean openStaffAccounts, @QueryParam("uploadsFolder") String uploadsFolder,
                          @Context UriInfo uri) throws IOException {
        Map<String, PartnerCityId> cities = new HashMap<>();
        Response refused = mapping(mappings, cities, uri);
        java.nio.file.Path folder = null;
        if (refused == null && uploadsFolder != null) {
            folder = importFolder.folder(uploadsFolder).orElse(null);
            refused = folder == null ? unknownFolder(uploadsFolder, uri) : null;
        }
        if (refused != null) {
            drain(body);
            return refused;
        }
        java.nio.file.Path file = Files.createTempFile("hrc-import-", ".xml");
        boolean handedOver = false;
        try {
            long bytes = ReceivedFiles.copyAtMost(body, file, MAX_EXPORT_BYTES);
            Response refusedExport = refusedExport(bytes, "body", uri);
            if (refusedExport != null) {
                return refusedExport;
            }
            Response answer = begin(file, folder, "body", name, cities, openStaffAccounts, uri);
            handedOver = answer.getStatus() == 202;
            return answer;
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * The export ({@code export}) with the site's uploads folder as a ZIP archive ({@code uploads},
     * optional), each part streamed to a file of its own.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response startWithUploads(List<EntityPart> parts, @QueryParam("map") List<String> mappings,
                                     @QueryParam("name") String name, @QueryParam("staff") boolean openStaffAccounts,
                                     @QueryParam("uploadsFolder") String uploadsFolder,
                                     @Context UriInfo uri) throws IOException {
        Map<String, PartnerCityId> cities = new HashMap<>();
        Response refused = mapping(mappings, cities, uri);
        if (refused != null) {
            return refused;
        }
        EntityPart export = parts.stream().filter(part -> "export".equals(part.getName())).findFirst().orElse(null);
        EntityPart uploads = parts.stream().filter(part -> "uploads".equals(part.getName())).findFirst().orElse(null);
        java.nio.file.Path folder = null;
        if (uploadsFolder != null) {
            if (uploads != null) {
                return Problems.invalid(uri, List.of(new FieldErrorResponse("uploadsFolder",
                        "send the uploads as the part \"uploads\" or name a folder in uploadsFolder, not both")));
            }
            folder = importFolder.folder(uploadsFolder).orElse(null);
            if (folder == null) {
                return unknownFolder(uploadsFolder, uri);
            }
        }
        if (export == null) {
            return Problems.invalid(uri, List.of(new FieldErrorResponse("export",
                    "the part \"export\" is missing; send the WXR file WordPress wrote (Tools > Export)")));
        }
        java.nio.file.Path file = Files.createTempFile("hrc-import-", ".xml");
        java.nio.file.Path archive = uploads == null ? null : Files.createTempFile("hrc-import-uploads-", ".zip");
        boolean handedOver = false;
        try {
            try (InputStream in = export.getContent()) {
                Response refusedExport = refusedExport(ReceivedFiles.copyAtMost(in, file, MAX_EXPORT_BYTES), "export", uri);
                if (refusedExport != null) {
                    return refusedExport;
                }
            }
            if (archive != null) {
                try (InputStream in = uploads.getContent()) {
                    if (ReceivedFiles.copyAtMost(in, archive, MAX_UPLOADS_BYTES) > MAX_UPLOADS_BYTES) {
                        return Problems.builder(uri, 413, "body-too-large", "Uploads archive too large",
                                "the uploads archive may take at most " + MAX_UPLOADS_BYTES + " bytes", List.of())
                                .header("Connection", "close").build();
                    }
                }
                try (UploadsArchive opened = UploadsArchive.open(archive)) {
                    // a file that is not a ZIP archive is refused before anything is imported
                } catch (IllegalArgumentException e) {
                    return Problems.invalid(uri, List.of(new FieldErrorResponse("uploads", e.getMessage()
                            + "; send the folder wp-content/uploads as a ZIP archive")));
                }
            }
            String named = name != null && !name.isBlank() ? name : export.getFileName().orElse(null);
            Response answer = begin(file, archive != null ? archive : folder, "export", named, cities, openStaffAccounts,
                    uri);
            handedOver = answer.getStatus() == 202;
            return answer;
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
                if (archive != null) {
                    Files.deleteIfExists(archive);
                }
            }
        }
    }

    /** The refusal of an uploads folder that the import folder does not hold. */
    private static Response unknownFolder(String name, UriInfo uri) {
        String shown = name.length() > 60 ? name.substring(0, 60) + "..." : name;
        return Problems.invalid(uri, List.of(new FieldErrorResponse("uploadsFolder", "the import folder on the server "
                + "(hrc.import.dir) holds no folder called \"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"; name a "
                + "folder directly in it, without a path")));
    }

    /** A refusal of an export of {@code bytes} bytes (too large, or empty), or null when it may be read. */
    private static Response refusedExport(long bytes, String field, UriInfo uri) {
        if (bytes > MAX_EXPORT_BYTES) {
            return Problems.builder(uri, 413, "body-too-large", "Export too large",
                    "an export may take at most " + MAX_EXPORT_BYTES + " bytes", List.of())
                    .header("Connection", "close").build();
        }
        if (bytes == 0) {
            return Problems.builder(uri, 400, "malformed-export", "Empty export",
                    "the " + field + " is empty; send the WXR file WordPress wrote (Tools > Export)", List.of()).build();
        }
        return null;
    }

    /** Checks the export and, when it can be read, hands it (and the uploads) to the imports: 202, or 400. */
    private Response begin(java.nio.file.Path file, java.nio.file.Path uploads, String field, String name,
                           Map<String, PartnerCityId> cities, boolean openStaffAccounts, UriInfo uri) {
        try {
            new WxrExport(file).check();
        } catch (ExportUnreadableException e) {
            return Problems.builder(uri, 400, "malformed-export", "Unreadable export", e.getMessage(), List.of(
                    new FieldErrorResponse(field, "line " + e.line() + ", column " + e.column()))).build();
        }
        ImportStatus status = imports.start(file, uploads, name == null || name.isBlank() ? "export.xml" : name.strip(),
                cities, openStaffAccounts);
        return Response.accepted(ImportResponse.from(status))
                .location(uri.getBaseUriBuilder().path(RequestPaths.UPLOAD_PATH).path(status.id().toString()).build())
                .header("Cache-Control", "no-store").build();
    }

    @GET
    public List<ImportResponse> list() {
        return imports.recent().stream().map(ImportResponse::from).toList();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id, @Context UriInfo uri) {
        return imports.find(id)
                .map(status -> Response.ok(ImportResponse.from(status)).header("Cache-Control", "no-store").build())
                .orElseGet(() -> Problems.builder(uri, 404, "not-found", "Not found",
                        "no import " + id + " is known here (the latest " + WordPressImports.KEPT + " are kept)", List.of()).build());
    }

    /** Reads {@code category:vienna=vienna} mappings into {@code cities}; a refusal, or null when all are fine. */
    private Response mapping(List<String> mappings, Map<String, PartnerCityId> cities, UriInfo uri) {
        if (mappings == null || mappings.isEmpty()) {
            return null;
        }
        List<String> wrong = TopicMappings.read(mappings, partnerCities.listAllPartnerCities(), cities);
        return wrong.isEmpty() ? null
                : Problems.invalid(uri, wrong.stream().map(message -> new FieldErrorResponse("map", message)).toList());
    }


    private static void drain(InputStream body) {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the sender went away: nothing to answer
        }
    }
}
