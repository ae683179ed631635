package org.hrcities.platform.adapter.in.web.admin.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.adapter.in.web.wordpress.ImportStatus;
import org.hrcities.platform.adapter.in.web.wordpress.TopicMappings;
import org.hrcities.platform.adapter.in.web.wordpress.WordPressImports;
import org.hrcities.platform.adapter.in.web.wordpress.WxrExport;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.migration.ExportUnreadableException;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.city.PartnerCityId;

/**
 * The admin's pages for moving a WordPress site in (administrators): a form that sends the export file
 * (multipart, with the CSRF token and the categories to map to partner cities), and a page per import
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
    private ListPartnerCitiesForAdministrationUseCase partnerCities;

    protected ImportPagesResource() {
        // for the container's proxy
    }

    @Inject
    public ImportPagesResource(WordPressImports imports, ListPartnerCitiesForAdministrationUseCase partnerCities) {
        this.imports = imports;
        this.partnerCities = partnerCities;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@BeanParam AdminRequest admin) {
        return admin.page(200, TEMPLATE, new ImportsPage(admin.nav("imports"), imports.recent(), "", null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@BeanParam AdminRequest admin) throws IOException {
        HttpServletRequest request = admin.servletRequest();
        String token;
        String mapping;
        Part export;
        try {
            token = text(request.getPart("token"));
            mapping = text(request.getPart("map"));
            export = request.getPart("export");
        } catch (ServletException | IllegalStateException e) {
            return refused(admin, 400, "", "The form could not be read (" + e.getMessage() + "); nothing was imported.");
        }
        if (!admin.acceptsForm(token)) {
            return refused(admin, 403, mapping, AdminPages.EXPIRED_FORM);
        }
        if (export == null || export.getSize() == 0) {
            return refused(admin, 400, mapping, "Choose the export file WordPress wrote (Tools > Export).");
        }
        Map<String, PartnerCityId> cities = new HashMap<>();
        List<String> wrong = TopicMappings.read(mapping.lines().map(String::strip).filter(line -> !line.isEmpty()).toList(),
                partnerCities.listAllPartnerCities(), cities);
        if (!wrong.isEmpty()) {
            return refused(admin, 400, mapping, String.join(" ", wrong));
        }
        java.nio.file.Path file = Files.createTempFile("hrc-import-", ".xml");
        boolean handedOver = false;
        try {
            try (InputStream in = export.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                new WxrExport(file).check();
            } catch (ExportUnreadableException e) {
                return refused(admin, 400, mapping, "Nothing was imported: " + e.getMessage());
            }
            String name = Optional.ofNullable(export.getSubmittedFileName()).filter(n -> !n.isBlank()).orElse("export.xml");
            ImportStatus status = imports.start(file, name, cities);
            handedOver = true;
            return AdminPages.seeOther("/admin/imports/" + status.id(), null);
        } finally {
            export.delete();
            if (!handedOver) {
                Files.deleteIfExists(file);
            }
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response progress(@PathParam("id") String id, @BeanParam AdminRequest admin) {
        Optional<ImportStatus> status;
        try {
            status = imports.find(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            status = Optional.empty();
        }
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
    private static String text(Part part) throws IOException {
        if (part == null) {
            return "";
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }
}
