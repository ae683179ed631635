package org.hrcities.platform.adapter.in.web.admin.setting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.setting.ReadDiscussionSettingsUseCase;
import org.hrcities.platform.application.port.in.setting.UpdateDiscussionSettingsCommand;
import org.hrcities.platform.application.port.in.setting.UpdateDiscussionSettingsUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** The administrators' discussion settings page, worded as WordPress's "Settings → Discussion". */
@ApplicationScoped
@Path("admin/settings")
@Requires(Permission.MANAGE_SETTINGS)
public class SettingsPagesResource {

    /** How the messages of the domain name each field, in the page's words. */
    private static final Map<String, String> LABELS = Map.of(
            "closeCommentsAfterDays", "The days after which comments close",
            "maxLinks", "The number of links",
            "floodIntervalSeconds", "The seconds between two comments",
            "minimumFillSeconds", "The minimum time to fill in the form",
            "reportThreshold", "The number of readers who hide a comment",
            "moderationWords", "The moderation list",
            "disallowedWords", "The disallowed list");

    private ReadDiscussionSettingsUseCase readSettings;
    private UpdateDiscussionSettingsUseCase updateSettings;

    protected SettingsPagesResource() {
        // for the container's proxy
    }

    @Inject
    public SettingsPagesResource(ReadDiscussionSettingsUseCase readSettings, UpdateDiscussionSettingsUseCase updateSettings) {
        this.readSettings = readSettings;
        this.updateSettings = updateSettings;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("notice") String notice, @BeanParam AdminRequest admin) {
        String shown = "saved".equals(notice) ? "The settings were saved." : null;
        return admin.page(200, "admin/settings.jte",
                SettingsForm.of(admin.nav("settings"), readSettings.readDiscussionSettings(), shown));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        long version = AdminPages.version(form);
        SettingsForm typed = new SettingsForm(admin.nav("settings"), version,
                "true".equals(form.getFirst("commentsOpenOnNewPosts")), AdminPages.value(form, "closeCommentsAfterDays"),
                "true".equals(form.getFirst("approveKnownCommenters")), AdminPages.value(form, "maxLinks"),
                AdminPages.value(form, "moderationWords"), AdminPages.value(form, "disallowedWords"), AdminPages.value(form, "floodIntervalSeconds"),
                AdminPages.value(form, "minimumFillSeconds"), AdminPages.value(form, "reportThreshold"), Map.of(), null,
                null, "true".equals(form.getFirst("erasureDeletesComments")));
        if (!admin.acceptsForm(form)) {
            return admin.page(403, "admin/settings.jte", typed.refused(null, AdminPages.EXPIRED_FORM));
        }
        FieldErrors errors = new FieldErrors();
        Integer closeAfter = errors.capture("closeCommentsAfterDays", () -> number("closeCommentsAfterDays",
                "Close comments after", typed.closeCommentsAfterDays()));
        Integer maxLinks = errors.capture("maxLinks", () -> number("maxLinks", "The number of links", typed.maxLinks()));
        Integer flood = errors.capture("floodIntervalSeconds", () -> number("floodIntervalSeconds",
                "The seconds between two comments", typed.floodIntervalSeconds()));
        Integer fill = errors.capture("minimumFillSeconds", () -> number("minimumFillSeconds",
                "The minimum time to fill in the form", typed.minimumFillSeconds()));
        Integer threshold = errors.capture("reportThreshold", () -> number("reportThreshold",
                "The number of readers who hide a comment", typed.reportThreshold()));
        UpdateDiscussionSettingsCommand command = null;
        if (errors.isEmpty()) {
            try {
                command = new UpdateDiscussionSettingsCommand(typed.commentsOpenOnNewPosts(), closeAfter,
                        typed.approveKnownCommenters(), maxLinks, DiscussionSettings.wordsFromLines(typed.moderationWords()),
                        DiscussionSettings.wordsFromLines(typed.disallowedWords()), flood, fill, threshold,
                        Math.max(0, version), typed.erasureDeletesComments());
            } catch (InvalidValueException e) {
                errors.add(e.field(), e.getMessage().replaceFirst("^" + e.field() + "\\b",
                        LABELS.getOrDefault(e.field(), e.field())));
            }
        }
        if (!errors.isEmpty()) {
            return admin.page(400, "admin/settings.jte", typed.refused(errors.messages(), null));
        }
        try {
            updateSettings.updateDiscussionSettings(command);
            return AdminPages.seeOther("/admin/settings", "saved");
        } catch (ConcurrentUpdateException e) {
            return admin.page(409, "admin/settings.jte", typed.refused(null, "Another administrator changed the "
                    + "settings while you were editing them, so your changes were not saved. Open the settings again "
                    + "to see the current values."));
        }
    }

    private static int number(String field, String label, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, label + " must be a whole number");
        }
    }
}
