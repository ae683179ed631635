package org.hrcities.platform.adapter.in.web.api.setting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Preconditions;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.setting.ReadDiscussionSettingsUseCase;
import org.hrcities.platform.application.port.in.setting.UpdateDiscussionSettingsCommand;
import org.hrcities.platform.application.port.in.setting.UpdateDiscussionSettingsUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * The discussion settings in the admin API (administrators): read them with their ETag, replace them
 * with {@code If-Match} (428 without it, 412 when another administrator changed them in between).
 */
@ApplicationScoped
@Path("api/admin/settings")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.MANAGE_SETTINGS)
public class AdminSettingsResource {

    private ReadDiscussionSettingsUseCase readSettings;
    private UpdateDiscussionSettingsUseCase updateSettings;

    protected AdminSettingsResource() {
        // for the container's proxy
    }

    @Inject
    public AdminSettingsResource(ReadDiscussionSettingsUseCase readSettings, UpdateDiscussionSettingsUseCase updateSettings) {
        this.readSettings = readSettings;
        this.updateSettings = updateSettings;
    }

    @GET
    public Response read() {
        return one(readSettings.readDiscussionSettings());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@HeaderParam("If-Match") String ifMatch, DiscussionSettingsRequest body) {
        long expected = Preconditions.expectedVersion(ifMatch);
        if (body == null) {
            throw new InvalidValueException("settings", "a JSON body with every setting is required");
        }
        FieldErrors errors = new FieldErrors();
        required(errors, "commentsOpenOnNewPosts", body.commentsOpenOnNewPosts());
        required(errors, "closeCommentsAfterDays", body.closeCommentsAfterDays());
        required(errors, "approveKnownCommenters", body.approveKnownCommenters());
        required(errors, "maxLinks", body.maxLinks());
        required(errors, "floodIntervalSeconds", body.floodIntervalSeconds());
        required(errors, "minimumFillSeconds", body.minimumFillSeconds());
        required(errors, "reportThreshold", body.reportThreshold());
        errors.throwIfAny();
        UpdateDiscussionSettingsCommand command = errors.capture(() -> new UpdateDiscussionSettingsCommand(
                body.commentsOpenOnNewPosts(), body.closeCommentsAfterDays(), body.approveKnownCommenters(),
                body.maxLinks(), orEmpty(body.moderationWords()), orEmpty(body.disallowedWords()),
                body.floodIntervalSeconds(), body.minimumFillSeconds(), body.reportThreshold(), expected,
                Boolean.TRUE.equals(body.erasureDeletesComments())));
        errors.throwIfAny();
        return one(Preconditions.unlessStale(() -> updateSettings.updateDiscussionSettings(command)));
    }

    private static Response one(DiscussionSettings settings) {
        return Response.ok(DiscussionSettingsResponse.from(settings)).tag(Preconditions.tagOf(settings.version()))
                .header("Cache-Control", "no-store").build();
    }

    private static void required(FieldErrors errors, String field, Object value) {
        if (value == null) {
            errors.capture(field, () -> {
                throw new InvalidValueException(field, field + " is required");
            });
        }
    }

    private static List<String> orEmpty(List<String> words) {
        return words == null ? List.of() : words;
    }
}
