package org.hrcities.platform.adapter.in.web.admin.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
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
 * The admin's pages for moving a WordPress site in (administrators): a form that sends the export file
 * (multipart, read by JAX-RS as {@link EntityPart}s from the request's stream, however slowly its body
 * comes; with the CSRF token, the categories to map to partner cities and, optionally, the site's
 * uploads folder as a ZIP archive, whose images are then kept as media files), and a page per import
 * that shows its progress, reloading itself every two seconds without a script, then its report. A
 * file that is malformed or not a WordPress export comes back on the form with what is wrong and where,
 * and nothing is imported.
 */
@ApplicationScoped
@Path(RequestPaths.UPLOAD_PAGE_PATH)
@Requires(Permission.IMPORT_SITE)
public class ImportPagesResource {

    private static final String TEMPLATE = "admin/imports.jte";

    private WordPressImports imports;
    private ImportFolder importFolder;
    private ListPartnerCitiesForAdministrationUseCase partnerCities;

    protected ImportPagesResource() {
        // for the container's proxy
    }

    @Inject
    public ImportPagesResource(WordPressImports imports, ListPartnerCitiesForAdministrationUseCase partnerCities,
                               ImportFolder importFolder) {
        this.imports = imports;
        this.partnerCities = partnerCities;
        this.importFolder = importFolder;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@BeanParam AdminRequest admin) {
        return admin.page(200, TEMPLATE, new ImportsPage(admin.nav("imports"), imports.recent(), "", null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(List<EntityPart> form, @BeanParam AdminRequest admin) throws IOException {
        Map<String, EntityPart> parts = new HashMap<>();
        form.forEach(part -> parts.putIfAbsent(part.getName(), part));
        String token = text(parts.get("token"));
        String mapping = text(parts.get("map"));
        boolean openStaffAccounts = "true".equals(text(parts.get("staff")));
        EntityPart export = parts.get("export");
        if (!admin.acceptsForm(token)) {
            return refused(admin, 403, mapping, AdminPages.EXPIRED_FORM);
        }
        if (export == null) {
            return refused(admin, 400, mapping, "Choose the export file WordPress wrote (Tools > Export).");
        }
        Map<String, PartnerCityId> cities = new HashMap<>();
        List<String> wrong = TopicMappings.read(mapping.lines().map(String::strip).filter(line -> !line.isEmpty()).toList(),
                partnerCities.listAllPartnerCities(), cities);
        if (!wrong.isEmpty()) {
            return refused(admin, 400, mapping, String.join(" ", wrong));
        }
        java.nio.file.Path file = Files.createTempFile("hrc-import-", ".xml");
        java.nio.file.Path archive = null;
        boolean handedOver = false;
        try {
            long bytes;
            try (InputStream in = export.getContent()) {
                bytes = ReceivedFiles.copyAtMost(in, file, ReceivedFiles.MAX_EXPORT_BYTES);
            }
            if (bytes > ReceivedFiles.MAX_EXPORT_BYTES) {
                return refused(admin, 413, mapping, "Nothing was imported: an export may take at most "
                        + ReceivedFiles.MAX_EXPORT_BYTES + " bytes.");
            }
            if (bytes == 0) {
                return refused(admin, 400, mapping, "Choose the export file WordPress wrote (Tools > Export).");
            }
            try {
                new WxrExport(file).check();
            } catch (ExportUnreadableException e) {
                return refused(admin, 400, mapping, "Nothing was imported: " + e.getMessage());
            }
            EntityPart uploads = parts.get("uploads");
            if (uploads != null) {
                archive = Files.createTempFile("hrc-import-uploads-", ".zip");
                long archived;
                try (InputStream in = uploads.getContent()) {
                    archived = ReceivedFiles.copyAtMost(in, archive, UploadsArchive.MAX_ARCHIVE_BYTES);
                }
                if (archived > UploadsArchive.MAX_ARCHIVE_BYTES) {
                    return refused(admin, 413, mapping, "Nothing was imported: the uploads archive may take at most "
                            + UploadsArchive.MAX_ARCHIVE_BYTES + " bytes.");
                }
                if (archived == 0) {
                    // no file chosen: browsers send the field empty
                    Files.deleteIfExists(archive);
                    archive = null;
                } else {
                    try (UploadsArchive opened = UploadsArchive.open(archive)) {
                        // a file that is not a ZIP archive is refused before anything is imported
                    } catch (IllegalArgumentException e) {
                        return refused(admin, 400, mapping, "Nothing was imported: " + e.getMessage()
                                + ". Send the folder wp-content/uploads as a ZIP archive.");
                    }
                }
            }
            String folderName = text(parts.get("uploadsFolder")).strip();
            java.nio.file.Path folder = null;
            if (!folderName.isEmpty()) {
                if (archive != null) {
                    return refused(admin, 400, mapping, "Nothing was imported: send the uploads as a ZIP archive or "
                            + "name a folder on the server, not both.");
                }
                folder = importFolder.folder(folderName).orElse(null);
                if (folder == null) {
                    return refused(admin, 400, mapping, "Nothing was imported: the import folder on the server holds no "
                            + "folder called \"" + folderName + "\". Name a folder directly in it, without a path.");
                }
            }
            String name = export.getFileName().filter(n -> !n.isBlank()).orElse("export.xml");
            ImportStatus status = imports.start(file, archive != null ? archive : folder, name, cities, openStaffAccounts);
            handedOver = true;
            return AdminPages.seeOther("/admin/imports/" + status.id(), null);
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
                if (archive != null) {
                    Files.deleteIfExists(archive);
                }
            }
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response progress(@PathParam("id") String id, @BeanParam AdminRequest admin) {
        Optional<ImportStatus> status = imports.find(id);
        if (status.isEmpty()) {
            return refused(admin, 404, "", "No import " + id + " is known here: the latest " + WordPressImports.KEPT
                    + " imports of this instance are kept.");
        }
        return admin.page(200, "admin/import.jte", new ImportPage(admin.nav("imports"), status.get()));
    }

    private Response refused(AdminRequest admin, int status, String mapping, String error) {
        return admin.page(status, TEMPLATE, new ImportsPage(admin.nav("imports"), imports.recent(), mapping, error));
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
